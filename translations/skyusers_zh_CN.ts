<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiReply</name>
    <message>
        <source>%1 redirected to “%2”, which is not a web address. SkyUsers refused.</source>
        <translation>%1 重定向到了“%2”，这不是网址。SkyUsers 已拒绝。</translation>
    </message>
    <message>
        <source>%1 tried to switch from HTTPS to unencrypted HTTP (%2). SkyUsers refused and sent nothing.</source>
        <translation>%1 试图从 HTTPS 切换到未加密的 HTTP（%2）。SkyUsers 已拒绝，未发送任何内容。</translation>
    </message>
    <message>
        <source>%1 redirected SkyUsers to another server (%2). No credentials were sent there. If the server has moved, change the server address.</source>
        <translation>%1 将 SkyUsers 重定向到了另一台服务器（%2）。未向其发送任何凭据。如果服务器已迁移，请更改服务器地址。</translation>
    </message>
    <message>
        <source>%1 answered the change with a redirect (HTTP %2) to %3. SkyUsers did not resend it; check the server address.</source>
        <translation>%1 对该更改返回了重定向（HTTP %2）到 %3。SkyUsers 没有重新发送；请检查服务器地址。</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times. Check the server address.</source>
        <translation>%1 重定向超过 %2 次。请检查服务器地址。</translation>
    </message>
    <message>
        <source>an HTML page “%1” came back instead of data: a login page, proxy or captive portal may be in the way</source>
        <translation>返回的是 HTML 页面“%1”而不是数据：可能被登录页面、代理或强制门户拦截</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>应答为空</translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation>应答不是有效的 JSON</translation>
    </message>
</context>
<context>
    <name>BackupExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>BulkDelete</name>
    <message>
        <source>Internal API-server users cannot be deleted.</source>
        <translation>API 服务器的内部用户无法删除。</translation>
    </message>
    <message>
        <source>Already deleted (maybe by another admin).</source>
        <translation>已被删除（可能是其他管理员删除的）。</translation>
    </message>
    <message>
        <source>Not sent: the deletion was cancelled.</source>
        <translation>未发送：删除已取消。</translation>
    </message>
</context>
<context>
    <name>BulkOutcome</name>
    <message numerus="yes">
        <source>Users deleted: %1 of %n.</source>
        <translation>
            <numerusform>已删除用户：%1/%n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roles changed: %1 of %n.</source>
        <translation>
            <numerusform>已更改角色：%1/%n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n 个失败：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (no change needed or not allowed).</source>
        <translation>
            <numerusform>%n 个已跳过（无需更改或不允许）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted.</source>
        <translation>
            <numerusform>%n 个未尝试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <source>%1: %2 of %3 done.</source>
        <translation>%1：已完成 %2/%3。</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already sent…</source>
        <translation>正在停止：等待已发送的请求…</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Outcome per user</source>
        <translation>每个用户的结果</translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation>复制列表(&amp;C)</translation>
    </message>
    <message>
        <source>User, outcome and reason for every user, failures first</source>
        <translation>列出每个用户及其结果和原因，失败的排在最前</translation>
    </message>
    <message>
        <source>Copies the list to the clipboard as text</source>
        <translation>将列表以文本形式复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>BulkRoleChange</name>
    <message>
        <source>Internal API-server users keep their role.</source>
        <translation>API 服务器的内部用户保留其角色。</translation>
    </message>
    <message>
        <source>Already has the role %1.</source>
        <translation>已经是 %1 角色。</translation>
    </message>
    <message>
        <source>Not sent: the role change was cancelled.</source>
        <translation>未发送：角色更改已取消。</translation>
    </message>
    <message>
        <source>The server did not report on this user.</source>
        <translation>服务器没有报告此用户的情况。</translation>
    </message>
    <message>
        <source>Not sent: an earlier request failed.</source>
        <translation>未发送：之前的请求失败。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Administer the users of a SkyPilot API server.</source>
        <translation>管理 SkyPilot API 服务器的用户。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Offer this server address at sign-in.</source>
        <translation>登录时预填此服务器地址。</translation>
    </message>
    <message>
        <source>Offer this user name at sign-in.</source>
        <translation>登录时预填此用户名。</translation>
    </message>
    <message>
        <source>Offer the password in SKYUSERS_DEMO_PASSWORD (used by tools/run --demo).</source>
        <translation>预填 SKYUSERS_DEMO_PASSWORD 中的密码（供 tools/run --demo 使用）。</translation>
    </message>
    <message>
        <source>Try “skyusers --help”.</source>
        <translation>请尝试“skyusers --help”。</translation>
    </message>
    <message>
        <source>For packaging tests: sign in without waiting for Sign In, save the users window to this PNG file once the users are listed, then quit.</source>
        <translation>用于打包测试：不等待点击“登录”即登录，列出用户后将用户窗口保存到此 PNG 文件，然后退出。</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>Create User</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>The name the new user signs in with, exactly as typed</source>
        <translation>新用户登录时使用的名称，与输入完全一致</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>What the new user may do on the server</source>
        <translation>新用户在服务器上可以做什么</translation>
    </message>
    <message>
        <source>Why Create is not available yet</source>
        <translation>为什么还不能创建</translation>
    </message>
    <message>
        <source>Create status</source>
        <translation>创建状态</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Admin – may manage users and everything else</source>
        <translation>管理员 – 可以管理用户及其他一切</translation>
    </message>
    <message>
        <source>User – may use SkyPilot, not manage users</source>
        <translation>用户 – 可以使用 SkyPilot，但不能管理用户</translation>
    </message>
    <message>
        <source>Viewer – may only look</source>
        <translation>查看者 – 只能查看</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>选择角色</translation>
    </message>
    <message>
        <source>Choose a role for the new user.</source>
        <translation>请为新用户选择角色。</translation>
    </message>
    <message>
        <source>Creating “%1”… Cancelling stops waiting, but the server may still create the user.</source>
        <translation>正在创建“%1”… 取消只会停止等待，服务器仍可能创建该用户。</translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>系统密钥环在 %1 秒内没有响应。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The account has no valid server address or user name.</source>
        <translation>该账户没有有效的服务器地址或用户名。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Line %1, column %2 (in the record that starts on line %3): %4</source>
        <translation>第 %1 行，第 %2 列（在从第 %3 行开始的记录中）：%4</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>The file is %1, more than the limit of %2, so it was not read.</source>
        <translation>文件大小为 %1，超过了 %2 的上限，因此未读取。</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8 and try again.</source>
        <translation>文本不是有效的 UTF-8；请将文件另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <source>the file contains a NUL byte, so it is not a text file.</source>
        <translation>文件包含 NUL 字节，因此不是文本文件。</translation>
    </message>
    <message>
        <source>this quote is never closed.</source>
        <translation>此引号从未闭合。</translation>
    </message>
    <message>
        <source>only a delimiter or the end of the line may follow a closing quote.</source>
        <translation>右引号之后只能是分隔符或行尾。</translation>
    </message>
    <message>
        <source>a quote inside a field must be written as two quotes, with the whole field in quotes.</source>
        <translation>字段内的引号必须写成两个引号，并且整个字段要用引号括起来。</translation>
    </message>
    <message>
        <source>the file could not be read.</source>
        <translation>无法读取文件。</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmDialog</name>
    <message>
        <source>Delete Users</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>将要删除的内容</translation>
    </message>
    <message>
        <source>Users to delete</source>
        <translation>要删除的用户</translation>
    </message>
    <message>
        <source>Why a typed confirmation is needed</source>
        <translation>为什么需要输入确认</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>删除用户</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Users</source>
        <translation>
            <numerusform>删除 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>删除“%1”？此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n users? This cannot be undone.</source>
        <translation>
            <numerusform>删除这 %n 个用户？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This includes you: you will be signed out and cannot sign in with this account again.</source>
        <translation>其中包括您自己：您将被注销，并且无法再使用此账户登录。</translation>
    </message>
    <message>
        <source>This removes the last admin: nobody will be able to manage users on this server any more.</source>
        <translation>这将删除最后一个管理员：此后没有人能再管理此服务器上的用户。</translation>
    </message>
    <message>
        <source>To confirm, type the user name, %1:</source>
        <translation>请输入用户名 %1 以确认：</translation>
    </message>
    <message>
        <source>To confirm, type the number of users, %1:</source>
        <translation>请输入用户数量 %1 以确认：</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deletes the listed users from the server</source>
        <translation>从服务器删除列出的用户</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The users that will be deleted, with their roles</source>
        <translation>将要删除的用户及其角色</translation>
    </message>
    <message>
        <source>Type exactly what the label above asks for to enable Delete</source>
        <translation>请准确输入上方提示所要求的内容，以启用“删除”</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server at %1 took too long to answer, so SkyUsers stopped waiting. Try again; if it keeps happening, the server may be overloaded.</source>
        <translation>%1 的服务器响应时间过长，SkyUsers 已停止等待。请重试；如果一直发生，服务器可能过载。</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB, so SkyUsers stopped reading it.</source>
        <translation>来自 %1 的应答大于 %2 MiB，SkyUsers 已停止读取。</translation>
    </message>
    <message>
        <source>The server at %1 stopped responding. Check that it is running and try again.</source>
        <translation>%1 的服务器停止了响应。请检查它是否在运行，然后重试。</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off before it was complete. Try again.</source>
        <translation>来自 %1 的应答在完成前被截断。请重试。</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2). Is this a SkyPilot API server, and is SkyUsers up to date?</source>
        <translation>无法读取来自 %1 的应答（%2）。这是 SkyPilot API 服务器吗？SkyUsers 是否为最新版本？</translation>
    </message>
    <message>
        <source>%1 does not report an API version, so it is either not a SkyPilot API server or one older than 0.11. Upgrade the server.</source>
        <translation>%1 没有报告 API 版本，因此它要么不是 SkyPilot API 服务器，要么版本早于 0.11。请升级服务器。</translation>
    </message>
    <message>
        <source>%1 runs SkyPilot API version %2, which is too old: SkyUsers needs %3 or newer (SkyPilot 0.11). Upgrade the server.</source>
        <translation>%1 运行的 SkyPilot API 版本为 %2，版本过旧：SkyUsers 需要 %3 或更高版本（SkyPilot 0.11）。请升级服务器。</translation>
    </message>
    <message>
        <source>The server name “%1” could not be found. Check the server address and your network connection.</source>
        <translation>找不到服务器名称“%1”。请检查服务器地址和网络连接。</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check that the SkyPilot API server is running and that the port is right.</source>
        <translation>%1 拒绝了连接。请检查 SkyPilot API 服务器是否在运行以及端口是否正确。</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. The server may be restarting; try again.</source>
        <translation>%1 未应答就关闭了连接。服务器可能正在重启；请重试。</translation>
    </message>
    <message>
        <source>The connection to %1 broke while the change was being sent, so it may or may not have been applied. Refresh to check before trying again.</source>
        <translation>发送更改时与 %1 的连接中断，更改可能已应用，也可能未应用。请先刷新检查，再重试。</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check the address and your network.</source>
        <translation>与 %1 的连接超时。请检查地址和网络。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2. Nothing was sent to the server.</source>
        <translation>无法与 %1 建立安全连接：%2。未向服务器发送任何内容。</translation>
    </message>
    <message>
        <source>%1 tried to switch from HTTPS to unencrypted HTTP. SkyUsers refused and sent nothing.</source>
        <translation>%1 试图从 HTTPS 切换到未加密的 HTTP。SkyUsers 已拒绝，未发送任何内容。</translation>
    </message>
    <message>
        <source>The network proxy asks for its own credentials. Check your proxy settings.</source>
        <translation>网络代理要求提供其自身的凭据。请检查代理设置。</translation>
    </message>
    <message>
        <source>The network proxy could not be used: %1. Check your proxy settings.</source>
        <translation>无法使用网络代理：%1。请检查代理设置。</translation>
    </message>
    <message>
        <source>The network is down. Check your connection and try again.</source>
        <translation>网络已断开。请检查连接后重试。</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2.</source>
        <translation>无法与 %1 通信：%2。</translation>
    </message>
    <message>
        <source>A proxy in front of the server answered “%1” (HTTP %2) instead of SkyPilot. The SkyPilot API server behind it may be down or misconfigured.</source>
        <translation>服务器前面的代理返回了“%1”（HTTP %2），而不是 SkyPilot。其后的 SkyPilot API 服务器可能已停止运行或配置错误。</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>HTML 页面</translation>
    </message>
    <message>
        <source>The server and SkyUsers do not speak a common API version: %1</source>
        <translation>服务器与 SkyUsers 没有共同的 API 版本：%1</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 400).</source>
        <translation>服务器拒绝了请求（HTTP 400）。</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>服务器拒绝：%1</translation>
    </message>
    <message>
        <source>Your role on this server does not allow this action (server said: Forbidden).</source>
        <translation>您在此服务器上的角色不允许执行此操作（服务器返回：Forbidden）。</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>不允许：%1</translation>
    </message>
    <message>
        <source>%1 does not know %2. It may run an older SkyPilot version, or not be a SkyPilot API server.</source>
        <translation>%1 不认识 %2。它可能运行的是较旧的 SkyPilot 版本，或者不是 SkyPilot API 服务器。</translation>
    </message>
    <message>
        <source>The server could not process the request: %1</source>
        <translation>服务器无法处理该请求：%1</translation>
    </message>
    <message>
        <source>The server is busy (too many requests). Wait a moment and try again.</source>
        <translation>服务器繁忙（请求过多）。请稍候再试。</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) that SkyUsers does not follow.</source>
        <translation>服务器返回了 SkyUsers 不会跟随的重定向（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again; if it keeps failing, check the server&apos;s log.</source>
        <translation>服务器出错（HTTP %1）。请重试；如果持续出错，请查看服务器日志。</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): %2. Try again; if it keeps failing, check the server&apos;s log.</source>
        <translation>服务器出错（HTTP %1）：%2。请重试；如果持续出错，请查看服务器日志。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>服务器拒绝了请求（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>A proxy or ingress in front of the SkyPilot server asked for its own sign-in%1. Those are not your SkyPilot credentials; ask your administrator how to reach the server.</source>
        <translation>SkyPilot 服务器前面的代理或 Ingress 要求其自身的登录%1。这不是您的 SkyPilot 凭据；请向管理员询问如何访问该服务器。</translation>
    </message>
    <message>
        <source> (realm “%1”)</source>
        <translation>（领域“%1”）</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password. Check them and sign in again.</source>
        <translation>服务器不接受该用户名或密码。请检查后重新登录。</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password (server said: %1). Check them and sign in again.</source>
        <translation>服务器不接受该用户名或密码（服务器返回：%1）。请检查后重新登录。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Users</source>
        <translation>导出用户</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet list: name, id, role, type, joined (no passwords)</source>
        <translation>电子表格列表：名称、ID、角色、类型、加入时间（不含密码）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Backup for re-import: the server&apos;s export with password hashes</source>
        <translation>用于重新导入的备份：服务器导出，含密码哈希(&amp;B)</translation>
    </message>
    <message>
        <source>Backup warning</source>
        <translation>备份警告</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All users (%n)</source>
        <translation>
            <numerusform>所有用户（%n）(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Users in the current &amp;filter (%n)</source>
        <translation>
            <numerusform>当前筛选中的用户（%n）(&amp;F)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected &amp;users (%n)</source>
        <translation>
            <numerusform>选中的用户（%n）(&amp;U)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>The backup holds the password hash of every user. Anyone who gets the file can try to crack the passwords: keep it like a password, and delete it when it is no longer needed. It always contains all users, whatever is filtered or selected.</source>
        <translation>备份包含每个用户的密码哈希。任何拿到该文件的人都可以尝试破解密码：请像保管密码一样保管它，不再需要时将其删除。无论筛选或选择了什么，它始终包含所有用户。</translation>
    </message>
    <message>
        <source>These users cannot be restored from it, because the server&apos;s format cannot carry their names: %1.</source>
        <translation>以下用户无法从中恢复，因为服务器的格式无法容纳他们的名称：%1。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 是文件夹；请选择文件名。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n user(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个用户保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server for the export…</source>
        <translation>正在向服务器请求导出…</translation>
    </message>
    <message>
        <source>The server did not export the users: %1</source>
        <translation>服务器未导出用户：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved a backup of %n user(s) to %1, readable only by you.</source>
        <translation>
            <numerusform>已将 %n 个用户的备份保存到 %1，仅您本人可读。</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot restore: %1.</source>
        <translation>无法恢复：%1。</translation>
    </message>
    <message>
        <source>These users have weak password hashes (MD5, SHA-1 or DES) that are quick to crack if the file leaks: %1.</source>
        <translation>以下用户的密码哈希较弱（MD5、SHA-1 或 DES），一旦文件泄露很快就会被破解：%1。</translation>
    </message>
    <message>
        <source>A CSV file for spreadsheets with names, ids, roles, types and join dates, without passwords</source>
        <translation>用于电子表格的 CSV 文件，包含名称、ID、角色、类型和加入时间，不含密码</translation>
    </message>
    <message>
        <source>The server&apos;s own CSV with password hashes, which can be imported again; keep it safe</source>
        <translation>服务器自身的 CSV，含密码哈希，可再次导入；请妥善保管</translation>
    </message>
    <message>
        <source>Exports every user on the server</source>
        <translation>导出服务器上的所有用户</translation>
    </message>
    <message>
        <source>Exports only the users the table shows with its current filter</source>
        <translation>只导出表格在当前筛选下显示的用户</translation>
    </message>
    <message>
        <source>Exports only the users selected in the table</source>
        <translation>只导出表格中选中的用户</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>文件(&amp;L)：</translation>
    </message>
    <message>
        <source>Where the CSV file is written</source>
        <translation>CSV 文件的写入位置</translation>
    </message>
    <message>
        <source>Chooses the file in a file dialog</source>
        <translation>在文件对话框中选择文件</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>What the export did, or why it failed</source>
        <translation>导出的结果，或失败的原因</translation>
    </message>
    <message>
        <source>Writes the chosen users to the file</source>
        <translation>将所选用户写入文件</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Users</source>
        <translation>导入用户</translation>
    </message>
    <message>
        <source>Choose a CSV file with the columns username, password and role, or drop it here.</source>
        <translation>请选择包含 username、password 和 role 列的 CSV 文件，或将其拖放到此处。</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>文件问题</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>显示行</translation>
    </message>
    <message>
        <source>All &amp;unknown roles:</source>
        <translation>所有未知角色(&amp;U)：</translation>
    </message>
    <message>
        <source>Decision for every row with an unknown role</source>
        <translation>对所有角色未知的行的处理</translation>
    </message>
    <message>
        <source>&amp;Apply to All</source>
        <translation>全部应用(&amp;A)</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>跳过它们</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation>无法导入“%1”：%2</translation>
    </message>
    <message>
        <source>The preview still shows “%1”.</source>
        <translation>预览仍显示“%1”。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This import %1.</source>
        <translation>本次导入%1。</translation>
    </message>
    <message numerus="yes">
        <source>Choose a role for the %n row(s) marked “Unknown role”, or skip them.</source>
        <translation>
            <numerusform>请为标记为“未知角色”的 %n 行选择角色，或跳过它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens a CSV file and shows every row before anything is sent</source>
        <translation>打开 CSV 文件，并在发送任何内容之前显示每一行</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>停止读取(&amp;S)</translation>
    </message>
    <message>
        <source>Stops reading this file and keeps the preview shown before</source>
        <translation>停止读取此文件，并保留之前显示的预览</translation>
    </message>
    <message>
        <source>Which rows of the preview to list</source>
        <translation>预览中要列出哪些行</translation>
    </message>
    <message>
        <source>What to do with rows whose role the server does not know</source>
        <translation>如何处理服务器不认识其角色的行</translation>
    </message>
    <message>
        <source>Applies the chosen decision to every row with an unknown role</source>
        <translation>将所选处理方式应用于所有角色未知的行</translation>
    </message>
    <message>
        <source>Every row of the file with its status. F2 in the Role column changes a row&apos;s decision</source>
        <translation>文件的每一行及其状态。在“角色”列中按 F2 可更改该行的处理方式</translation>
    </message>
    <message>
        <source>Confirms that you checked the preview; Import stays disabled until then</source>
        <translation>确认您已检查预览；在此之前“导入”保持禁用</translation>
    </message>
    <message>
        <source>I have &amp;checked the preview</source>
        <translation>我已检查预览(&amp;C)</translation>
    </message>
    <message>
        <source>Sends the confirmed rows to the server</source>
        <translation>将已确认的行发送到服务器</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message numerus="yes">
        <source>Reading “%1”: %Ln record(s)…</source>
        <translation>
            <numerusform>正在读取“%1”：%Ln 条记录…</numerusform>
        </translation>
    </message>
    <message>
        <source>I have &amp;checked the preview: %1</source>
        <translation>我已检查预览(&amp;C)：%1</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Stopping: waiting for the rows already sent…</source>
        <translation>正在停止：等待已发送的行…</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>导入用户</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n user(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个用户…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing users: %1 of %n row(s) done.</source>
        <translation>
            <numerusform>正在导入用户：已完成 %1/%n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOutcomeModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>a comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>a quote</source>
        <translation>引号</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>spaces at the start or end</source>
        <translation>首尾空格</translation>
    </message>
    <message>
        <source>A user with this name is already on the server.</source>
        <translation>服务器上已有同名用户。</translation>
    </message>
    <message>
        <source>Line %1 has the same name; only the first is imported.</source>
        <translation>第 %1 行的名称相同；只导入第一个。</translation>
    </message>
    <message>
        <source>The password is a hash (%1), which this server cannot check: it would become the password itself.</source>
        <translation>该密码是哈希（%1），此服务器无法校验：哈希本身会成为密码。</translation>
    </message>
    <message>
        <source>The password is a hash (%1), which only /users/import can take, and its parser cannot carry %2.</source>
        <translation>该密码是哈希（%1），只有 /users/import 能接受，而其解析器无法处理%2。</translation>
    </message>
    <message>
        <source>Hash (%1), imported as is; the scheme is weak, so ask the user to choose a new password.</source>
        <translation>哈希（%1），按原样导入；该算法较弱，请让用户设置新密码。</translation>
    </message>
    <message>
        <source>Hash (%1), imported as is.</source>
        <translation>哈希（%1），按原样导入。</translation>
    </message>
    <message>
        <source>/users/import would take this password for a %1 hash, so it goes through /users/create.</source>
        <translation>/users/import 会把此密码当作 %1 哈希，因此改用 /users/create。</translation>
    </message>
    <message>
        <source>The password starts or ends with a space; it is kept as written and goes through /users/create.</source>
        <translation>密码以空格开头或结尾；将按原样保留并通过 /users/create 发送。</translation>
    </message>
    <message>
        <source>/users/import cannot carry %1, so this row goes through /users/create.</source>
        <translation>/users/import 无法处理%1，因此此行改用 /users/create。</translation>
    </message>
    <message>
        <source>The role has spaces around it.</source>
        <translation>角色两侧有空格。</translation>
    </message>
    <message>
        <source>No role given: choose a role or skip the row.</source>
        <translation>未指定角色：请选择角色或跳过此行。</translation>
    </message>
    <message>
        <source>The role “%1” is not admin, user or viewer: choose a role or skip the row.</source>
        <translation>角色“%1”不是 admin、user 或 viewer：请选择角色或跳过此行。</translation>
    </message>
    <message>
        <source>Skipped: you chose not to import this row.</source>
        <translation>已跳过：您选择不导入此行。</translation>
    </message>
    <message>
        <source>No role given; you chose %1.</source>
        <translation>未指定角色；您选择了 %1。</translation>
    </message>
    <message>
        <source>The file says “%1”; you chose %2.</source>
        <translation>文件中为“%1”；您选择了 %2。</translation>
    </message>
    <message>
        <source>creates nobody</source>
        <translation>不创建任何用户</translation>
    </message>
    <message>
        <source>creates %1</source>
        <translation>将创建 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n admin(s)</source>
        <translation>
            <numerusform>%n 个管理员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>%n 个查看者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already exist(s)</source>
        <translation>
            <numerusform>%n 个已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 个重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n 个无效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a role</source>
        <translation>
            <numerusform>%n 个需要角色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 个已跳过</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation>已在服务器上</translation>
    </message>
    <message>
        <source>Duplicate in the file</source>
        <translation>文件中重复</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Unknown role: choose</source>
        <translation>未知角色：请选择</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>hash (%1, weak)</source>
        <translation>哈希（%1，弱）</translation>
    </message>
    <message>
        <source>hash (%1)</source>
        <translation>哈希（%1）</translation>
    </message>
    <message>
        <source>password (looks like %1)</source>
        <translation>密码（看起来像 %1）</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import Result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Created %1, already existed %2, failed %3, not sent %4.</source>
        <translation>已创建 %1 个，已存在 %2 个，失败 %3 个，未发送 %4 个。</translation>
    </message>
    <message>
        <source>Outcome per row</source>
        <translation>每行的结果</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Line, user, role, outcome and reason for every row of the file, failures first</source>
        <translation>文件中每一行的行号、用户、角色、结果和原因，失败的排在最前</translation>
    </message>
    <message>
        <source>Saves this list as a CSV file, without passwords</source>
        <translation>将此列表保存为 CSV 文件，不含密码</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Failed Row(s)</source>
        <translation>
            <numerusform>重试失败的 %n 行(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads the list of users first: rows now on the server are reported, not sent again.</source>
        <translation>先读取用户列表：已在服务器上的行只会报告，不会重新发送。</translation>
    </message>
</context>
<context>
    <name>ImportRoleDelegate</name>
    <message>
        <source>Role for this row</source>
        <translation>此行的角色</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>跳过此行</translation>
    </message>
    <message>
        <source>The role this row&apos;s user gets, or what to do with a role the server does not know</source>
        <translation>此行用户将获得的角色，或如何处理服务器不认识的角色</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Not sent: the list of users could not be read first (%1).</source>
        <translation>未发送：无法先读取用户列表（%1）。</translation>
    </message>
    <message>
        <source>Already on the server; left unchanged.</source>
        <translation>已在服务器上；保持不变。</translation>
    </message>
    <message>
        <source>No role was chosen; the server would silently pick its default.</source>
        <translation>未选择角色；服务器会默默使用其默认角色。</translation>
    </message>
    <message>
        <source>This password hash cannot be sent: the server&apos;s import cannot carry it as written.</source>
        <translation>无法发送此密码哈希：服务器的导入功能无法按原样处理它。</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not account for every row.</source>
        <translation>服务器的应答没有涵盖每一行。</translation>
    </message>
    <message>
        <source>%1 Whether the user was created is unknown: the list of users could not be read (%2). Refresh before trying again.</source>
        <translation>%1 不清楚用户是否已创建：无法读取用户列表（%2）。请先刷新再重试。</translation>
    </message>
    <message>
        <source>Already on the server before the import.</source>
        <translation>导入前已在服务器上。</translation>
    </message>
    <message>
        <source>The answer was lost; the list of users shows the user.</source>
        <translation>应答丢失；用户列表中显示了该用户。</translation>
    </message>
    <message>
        <source>%1 The user is not on the server and was not sent again; the server may still be working on it, so refresh later before trying again.</source>
        <translation>%1 该用户不在服务器上，且未重新发送；服务器可能仍在处理，请稍后刷新再重试。</translation>
    </message>
    <message>
        <source>%1 The user is not on the server and was not sent again.</source>
        <translation>%1 该用户不在服务器上，且未重新发送。</translation>
    </message>
    <message>
        <source>Not sent: the import was cancelled.</source>
        <translation>未发送：导入已取消。</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>未发送。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Already existed</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Created by the earlier attempt; the list of users now shows it.</source>
        <translation>已由之前的尝试创建；用户列表中现在显示了该用户。</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>batch result</source>
        <translation>批量结果</translation>
    </message>
    <message>
        <source>batch failure</source>
        <translation>批量失败项</translation>
    </message>
    <message>
        <source>current user</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>server health</source>
        <translation>服务器健康状态</translation>
    </message>
    <message>
        <source>field “api_version” should be a number but is %1</source>
        <translation>字段“api_version”应为数字，实际为%1</translation>
    </message>
    <message>
        <source>server health user</source>
        <translation>服务器健康状态中的用户</translation>
    </message>
    <message>
        <source>field “user” should be an object but is %1</source>
        <translation>字段“user”应为对象，实际为%1</translation>
    </message>
    <message>
        <source>import result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>issued token</source>
        <translation>已签发的令牌</translation>
    </message>
    <message>
        <source>expected %1 as a JSON object but got %2</source>
        <translation>期望 %1 为 JSON 对象，实际收到%2</translation>
    </message>
    <message>
        <source>field “%1” should be text but is %2</source>
        <translation>字段“%1”应为文本，实际为%2</translation>
    </message>
    <message>
        <source>field “%1” should be a whole number but is %2</source>
        <translation>字段“%1”应为整数，实际为%2</translation>
    </message>
    <message>
        <source>field “%1” is missing</source>
        <translation>缺少字段“%1”</translation>
    </message>
    <message>
        <source>field “%1” should be true or false but is %2</source>
        <translation>字段“%1”应为 true 或 false，实际为%2</translation>
    </message>
    <message>
        <source>field “%1” should be a list but is %2</source>
        <translation>字段“%1”应为列表，实际为%2</translation>
    </message>
    <message>
        <source>field “%1” should hold text but holds %2</source>
        <translation>字段“%1”应包含文本，实际包含%2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>service-account token</source>
        <translation>服务账户令牌</translation>
    </message>
    <message>
        <source>expected a list of tokens but got %1</source>
        <translation>期望令牌列表，实际收到%1</translation>
    </message>
    <message>
        <source>service-account role</source>
        <translation>服务账户角色</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>expected a list of users but got %1</source>
        <translation>期望用户列表，实际收到%1</translation>
    </message>
    <message>
        <source>item %1 of the user list: %2</source>
        <translation>用户列表第 %1 项：%2</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>(details withheld: the message contained the password)</source>
        <translation>（详情已隐藏：该消息包含密码）</translation>
    </message>
    <message>
        <source>(no details)</source>
        <translation>（无详情）</translation>
    </message>
    <message>
        <source>No password is remembered for this account.</source>
        <translation>此账户没有记住的密码。</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>系统密钥环不可用：%1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>SkyUsers will use the system&apos;s language from its next start.</source>
        <translation>SkyUsers 将从下次启动起使用系统语言。</translation>
    </message>
    <message>
        <source>SkyUsers will use %1 from its next start.</source>
        <translation>SkyUsers 将从下次启动起使用%1。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SkyUsers</source>
        <translation>SkyUsers</translation>
    </message>
    <message>
        <source>Unencrypted connection warning</source>
        <translation>未加密连接警告</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Not signed in to a SkyPilot API server.</source>
        <translation>未登录任何 SkyPilot API 服务器。</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;witch Server</source>
        <translation>切换服务器(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>更改角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Users toolbar</source>
        <translation>用户工具栏</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Forget This Server</source>
        <translation>忘记此服务器(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About SkyUsers</source>
        <translation>关于 SkyUsers(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit Role in Table</source>
        <translation>在表格中编辑角色(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import Users from CSV…</source>
        <translation>从 CSV 导入用户(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Users…</source>
        <translation>导出用户(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>管理员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Viewer</source>
        <translation>查看者(&amp;V)</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Change My Password…</source>
        <translation>更改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation>已作为 %2（%3）登录到 %1。</translation>
    </message>
    <message>
        <source>%1 @ %2 — SkyUsers</source>
        <translation>%1 @ %2 — SkyUsers</translation>
    </message>
    <message>
        <source>Unencrypted connection: your password and all data cross the network readable by anyone on the way.</source>
        <translation>未加密连接：您的密码和所有数据在网络上传输时，途经的任何人都能读取。</translation>
    </message>
    <message>
        <source>SkyPilot %1</source>
        <translation>SkyPilot %1</translation>
    </message>
    <message>
        <source>direct connection</source>
        <translation>直接连接</translation>
    </message>
    <message>
        <source>through proxy %1</source>
        <translation>通过代理 %1</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>正在加载用户…</translation>
    </message>
    <message>
        <source>Sign in to a SkyPilot API server to see its users (File ▸ Sign In).</source>
        <translation>登录 SkyPilot API 服务器以查看其用户（文件 ▸ 登录）。</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <source>Select one or more users first.</source>
        <translation>请先选择一个或多个用户。</translation>
    </message>
    <message>
        <source>Select just one user.</source>
        <translation>请只选择一个用户。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Load the users again (F5)</source>
        <translation>重新加载用户（F5）</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) shown</source>
        <translation>
            <numerusform>显示 %1/%n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>工作正在进行</translation>
    </message>
    <message>
        <source>%1

Stop it and close SkyUsers? A change already sent may still be applied by the server.</source>
        <translation>%1

要停止并关闭 SkyUsers 吗？已发送的更改仍可能被服务器应用。</translation>
    </message>
    <message>
        <source>About SkyUsers</source>
        <translation>关于 SkyUsers</translation>
    </message>
    <message>
        <source>SkyUsers %1
Administer the users of a SkyPilot API server.</source>
        <translation>SkyUsers %1
管理 SkyPilot API 服务器的用户。</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Hides this notice</source>
        <translation>关闭此提示</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Open Context Menu</source>
        <translation>打开上下文菜单</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <translation>停止并关闭(&amp;S)</translation>
    </message>
    <message>
        <source>Cancels the work and closes SkyUsers</source>
        <translation>取消工作并关闭 SkyUsers</translation>
    </message>
    <message>
        <source>&amp;Keep Working</source>
        <translation>继续工作(&amp;K)</translation>
    </message>
    <message>
        <source>Leaves SkyUsers open until the work is done</source>
        <translation>保持 SkyUsers 打开，直到工作完成</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No password is remembered for this account.</source>
        <translation>此账户没有记住的密码。</translation>
    </message>
</context>
<context>
    <name>NewPasswordWidget</name>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Fills both fields with a strong random password and copies it to the clipboard</source>
        <translation>用强随机密码填写两个字段并复制到剪贴板</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>确认密码(&amp;F)：</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <source>Sho&amp;w passwords</source>
        <translation>显示密码(&amp;W)</translation>
    </message>
    <message>
        <source>Generated password note</source>
        <translation>已生成密码的提示</translation>
    </message>
    <message>
        <source>Password length warning</source>
        <translation>密码长度警告</translation>
    </message>
    <message>
        <source>Enter a password, or generate one.</source>
        <translation>请输入密码，或生成一个。</translation>
    </message>
    <message>
        <source>Type the password again to confirm it.</source>
        <translation>请再次输入密码以确认。</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>A %1-character password was generated and copied to the clipboard, marked so clipboard managers do not keep it. It is removed from the clipboard after %2 seconds unless something else was copied.</source>
        <translation>已生成一个 %1 个字符的密码并复制到剪贴板，并已标记为不被剪贴板管理器保存。除非复制了其他内容，它将在 %2 秒后从剪贴板中移除。</translation>
    </message>
    <message>
        <source>This password is %1 bytes long in UTF-8. The server stores it with bcrypt, which uses only the first %2 bytes: anything after them is ignored when signing in.</source>
        <translation>此密码的 UTF-8 长度为 %1 字节。服务器使用 bcrypt 存储，只使用前 %2 个字节：登录时会忽略其后的所有内容。</translation>
    </message>
    <message>
        <source>The new password, sent exactly as typed</source>
        <translation>新密码，将按输入内容原样发送</translation>
    </message>
    <message>
        <source>The new password again, to catch typing mistakes</source>
        <translation>再次输入新密码，以发现输入错误</translation>
    </message>
    <message>
        <source>Shows both passwords as plain text</source>
        <translation>以明文显示两个密码</translation>
    </message>
</context>
<context>
    <name>PackagingScreenshot</name>
    <message>
        <source>The users could not be listed: %1</source>
        <translation>无法列出用户：%1</translation>
    </message>
    <message>
        <source>Not signed in with the users listed after %1 s.</source>
        <translation>%1 秒后仍未登录或未列出用户。</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1.</source>
        <translation>无法将图片保存到 %1。</translation>
    </message>
    <message>
        <source>Saved %1 (%2 × %3).</source>
        <translation>已保存 %1（%2 × %3）。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Whose password</source>
        <translation>谁的密码</translation>
    </message>
    <message>
        <source>Why the password cannot be set yet</source>
        <translation>为什么还不能设置密码</translation>
    </message>
    <message>
        <source>Password change status</source>
        <translation>密码更改状态</translation>
    </message>
    <message>
        <source>Change My Password</source>
        <translation>更改我的密码</translation>
    </message>
    <message>
        <source>Choose a new password for your account, “%1”. You stay signed in; SkyUsers uses the new password from now on.</source>
        <translation>请为您的账户“%1”选择新密码。您将保持登录状态；SkyUsers 从现在起使用新密码。</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>更改密码(&amp;C)</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set a new password for “%1” (id %2). Their current password stops working.</source>
        <translation>为“%1”（ID %2）设置新密码。其当前密码将失效。</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>Setting the new password… Cancelling stops waiting, but the server may still change the password.</source>
        <translation>正在设置新密码… 取消只会停止等待，服务器仍可能更改密码。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Viewers can look at users but not change anything. An admin can give you another role.</source>
        <translation>查看者可以查看用户，但不能更改任何内容。管理员可以为您分配其他角色。</translation>
    </message>
    <message>
        <source>The server gave your account no role SkyUsers knows (“%1”), so it refuses changes.</source>
        <translation>服务器为您的账户分配的角色不是 SkyUsers 所知的角色（“%1”），因此 SkyUsers 拒绝进行更改。</translation>
    </message>
    <message>
        <source>Only admins can change roles.</source>
        <translation>只有管理员才能更改角色。</translation>
    </message>
    <message>
        <source>Only admins can create users.</source>
        <translation>只有管理员才能创建用户。</translation>
    </message>
    <message>
        <source>Only admins can delete users.</source>
        <translation>只有管理员才能删除用户。</translation>
    </message>
    <message>
        <source>Only admins can reset other users&apos; passwords. You can change your own.</source>
        <translation>只有管理员才能重置其他用户的密码。您可以更改自己的密码。</translation>
    </message>
    <message>
        <source>Only admins can import users.</source>
        <translation>只有管理员才能导入用户。</translation>
    </message>
    <message>
        <source>Only admins can export users.</source>
        <translation>只有管理员才能导出用户。</translation>
    </message>
    <message>
        <source>%1 is an internal user of the API server; the server refuses to change it.</source>
        <translation>%1 是 API 服务器的内部用户；服务器拒绝对其进行更改。</translation>
    </message>
    <message>
        <source>%1 signs in through single sign-on or a token and has no SkyUsers password to reset.</source>
        <translation>%1 通过单点登录或令牌登录，没有可由 SkyUsers 重置的密码。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The server no longer accepts your password. Sign in again.</source>
        <translation>服务器不再接受您的密码。请重新登录。</translation>
    </message>
    <message>
        <source>The remembered password could not be read (%1). Enter your password; it will work for this session.</source>
        <translation>无法读取记住的密码（%1）。请输入您的密码；它将在本次会话中有效。</translation>
    </message>
    <message>
        <source>Your password will not be remembered (%1). You stay signed in for this session.</source>
        <translation>您的密码不会被记住（%1）。您在本次会话中保持登录。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to a SkyPilot server</source>
        <translation>登录 SkyPilot 服务器</translation>
    </message>
    <message>
        <source>https://skypilot.example.com</source>
        <translation>https://skypilot.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>The address of the SkyPilot API server, for example http://127.0.0.1:46580</source>
        <translation>SkyPilot API 服务器的地址，例如 http://127.0.0.1:46580</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sho&amp;w password</source>
        <translation>显示密码(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Remember password (in the system keychain)</source>
        <translation>记住密码（保存在系统密钥环中）(&amp;R)</translation>
    </message>
    <message>
        <source>Keeps the password in the operating system&apos;s keychain, never in a file</source>
        <translation>将密码保存在操作系统的密钥环中，绝不保存在文件中</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Host name to confirm unencrypted HTTP</source>
        <translation>用于确认未加密 HTTP 的主机名</translation>
    </message>
    <message>
        <source>&amp;Allow Unencrypted HTTP</source>
        <translation>允许未加密的 HTTP(&amp;A)</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>证书详情</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Server</source>
        <translation>对此服务器信任此证书(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the server address as http://host:port or https://host.</source>
        <translation>请以 http://主机:端口 或 https://主机 的形式输入服务器地址。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入您的用户名。</translation>
    </message>
    <message>
        <source>A user name cannot contain “:”: HTTP Basic authentication could never send it.</source>
        <translation>用户名不能包含“:”：HTTP Basic 认证永远无法发送它。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入您的密码。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Subject: %1 (%2)
Issuer: %3 (%4)
Valid: %5 to %6
SHA-256: %7</source>
        <translation>主体：%1（%2）
颁发者：%3（%4）
有效期：%5 至 %6
SHA-256：%7</translation>
    </message>
    <message>
        <source>To sign in anyway, type the server&apos;s host name, %1, and allow unencrypted HTTP. A warning stays visible while you are connected this way.</source>
        <translation>如仍要登录，请输入服务器的主机名 %1，并允许未加密的 HTTP。以此方式连接期间，警告会一直显示。</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>The user name of your account on this server</source>
        <translation>您在此服务器上的账户的用户名</translation>
    </message>
    <message>
        <source>The password of your account on this server</source>
        <translation>您在此服务器上的账户的密码</translation>
    </message>
    <message>
        <source>Shows the password as plain text</source>
        <translation>以明文显示密码</translation>
    </message>
    <message>
        <source>Type the host name shown above to allow unencrypted HTTP to it</source>
        <translation>输入上方显示的主机名，以允许与该主机进行未加密的 HTTP 连接</translation>
    </message>
    <message>
        <source>Signs in over unencrypted HTTP to this host from now on</source>
        <translation>从现在起通过未加密的 HTTP 登录此主机</translation>
    </message>
    <message>
        <source>Subject, issuer, validity and SHA-256 fingerprint of the certificate the server presented</source>
        <translation>服务器所出示证书的主体、颁发者、有效期和 SHA-256 指纹</translation>
    </message>
    <message>
        <source>Pins the certificate shown above for this server only and signs in</source>
        <translation>仅为此服务器固定上方显示的证书并登录</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Nobody vouches for the certificate of %1 (it may be self-signed). Check its fingerprint with the server&apos;s administrator before you trust it.</source>
        <translation>没有任何机构为 %1 的证书担保（它可能是自签名的）。在信任它之前，请与服务器管理员核对其指纹。</translation>
    </message>
    <message>
        <source>%1 does not use SkyPilot&apos;s own user accounts (basic auth is off), so there are no users for SkyUsers to manage. Start the server with basic auth enabled.</source>
        <translation>%1 未使用 SkyPilot 自身的用户账户（basic auth 已关闭），因此没有可供 SkyUsers 管理的用户。请在启用 basic auth 的情况下启动服务器。</translation>
    </message>
    <message>
        <source>%1 trusts every connection from this computer without a password, so it cannot tell who you are: SkyUsers would act as an anonymous administrator. Connect through the server&apos;s proxy (for example nginx) instead.</source>
        <translation>%1 无需密码就信任来自本机的所有连接，因此无法识别您的身份：SkyUsers 将以匿名管理员身份操作。请改为通过服务器的代理（例如 nginx）连接。</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password. Check them and try again.</source>
        <translation>服务器不接受该用户名或密码。请检查后重试。</translation>
    </message>
</context>
<context>
    <name>SkyPilotApi</name>
    <message>
        <source>expected no data but got something else</source>
        <translation>期望没有数据，但收到了其他内容</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>Use an http:// or https:// address.</source>
        <translation>请使用 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://), so your password would cross the network readable by anyone on the way. Use https://, or allow unencrypted HTTP for this server below if you accept that.</source>
        <translation>%1 未加密（http://），您的密码在网络上传输时途经的任何人都能读取。请使用 https://；如果您接受这一点，也可以在下方允许此服务器使用未加密的 HTTP。</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>This server has no users yet.</source>
        <translation>此服务器还没有用户。</translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>无法加载用户：%1</translation>
    </message>
    <message>
        <source>You are removing your own admin role. You will no longer be able to manage users, and only another admin can give it back.</source>
        <translation>您正在移除自己的管理员角色。之后您将无法管理用户，只有其他管理员才能为您恢复。</translation>
    </message>
    <message>
        <source>No admin who can sign in would be left. Nobody could manage users until the server is reconfigured.</source>
        <translation>将不再有可以登录的管理员。在重新配置服务器之前，没有人能管理用户。</translation>
    </message>
    <message>
        <source>Make %1 %2?</source>
        <translation>将 %1 设为%2？</translation>
    </message>
    <message>
        <source>Confirm Role Change</source>
        <translation>确认角色更改</translation>
    </message>
    <message>
        <source>Someone else changed the role of %1 from %2 to %3 since the list was loaded. Your change to %4 was not sent; the table now shows the server&apos;s role.</source>
        <translation>自列表加载以来，其他人已将 %1 的角色从%2改为%3。您改为%4的更改未发送；表格现在显示服务器上的角色。</translation>
    </message>
    <message>
        <source>Role Changed Meanwhile</source>
        <translation>角色已被他人更改</translation>
    </message>
    <message numerus="yes">
        <source>%n role change(s) are waiting for the server.</source>
        <translation>
            <numerusform>%n 个角色更改正在等待服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is %2 again.</source>
        <translation>已撤销：%1 重新成为%2。</translation>
    </message>
    <message>
        <source>%1 is now %2. Undo with Ctrl+Z.</source>
        <translation>%1 现在是%2。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>The role of %1 was not changed: %2</source>
        <translation>%1 的角色未更改：%2</translation>
    </message>
    <message>
        <source>The selected users already have that role.</source>
        <translation>所选用户已经是该角色。</translation>
    </message>
    <message numerus="yes">
        <source>Change the role of %n user(s)?</source>
        <translation>
            <numerusform>更改 %n 个用户的角色？</numerusform>
        </translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>更改角色</translation>
    </message>
    <message numerus="yes">
        <source>Making %n user(s) %1…</source>
        <translation>
            <numerusform>正在将 %n 个用户设为%1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the server to answer about %1.</source>
        <translation>正在等待服务器关于 %1 的应答。</translation>
    </message>
    <message>
        <source>The role change of %1 cannot be undone: the user is gone or has a change waiting.</source>
        <translation>无法撤销 %1 的角色更改：该用户已不存在或有待处理的更改。</translation>
    </message>
    <message>
        <source>&amp;Undo Role Change of %1</source>
        <translation>撤销 %1 的角色更改(&amp;U)</translation>
    </message>
    <message>
        <source>Created %1 as %2.</source>
        <translation>已创建 %1，角色为%2。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已更改。</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>删除用户</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n user(s)…</source>
        <translation>
            <numerusform>正在删除 %n 个用户…</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;Role</source>
        <translation>更改角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Make %1 Anyway</source>
        <translation>仍然设为%1(&amp;M)</translation>
    </message>
    <message>
        <source>Goes ahead despite the warning</source>
        <translation>不顾警告继续</translation>
    </message>
    <message>
        <source>Change &amp;Roles</source>
        <translation>更改角色(&amp;R)</translation>
    </message>
</context>
<context>
    <name>UserCsvMapper</name>
    <message>
        <source>the file is empty; it needs a header line naming the columns %1.</source>
        <translation>文件为空；需要一行标题来命名列 %1。</translation>
    </message>
    <message>
        <source>the header has no column named %1 (it has: %2).</source>
        <translation>标题行中没有名为 %1 的列（现有：%2）。</translation>
    </message>
    <message>
        <source>the header names the column %1 more than once.</source>
        <translation>标题行中多次出现列 %1。</translation>
    </message>
    <message>
        <source>the username is empty.</source>
        <translation>用户名为空。</translation>
    </message>
    <message>
        <source>the password is empty.</source>
        <translation>密码为空。</translation>
    </message>
    <message numerus="yes">
        <source>this row has %n field(s), but the header has %1.</source>
        <translation>
            <numerusform>此行有 %n 个字段，但标题行有 %1 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>The user no longer exists; another admin may have deleted it.</source>
        <translation>该用户已不存在；可能已被其他管理员删除。</translation>
    </message>
</context>
<context>
    <name>UserTableDelegate</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1（正在保存…）</translation>
    </message>
    <message>
        <source>Choosing a role sends the change to the server at once; Escape keeps the role</source>
        <translation>选择角色会立即将更改发送到服务器；按 Esc 保留原角色</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>服务账户</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>旧版</translation>
    </message>
    <message>
        <source>This is an internal user of the API server; it cannot be changed.</source>
        <translation>这是 API 服务器的内部用户；无法更改。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
</context>
<context>
    <name>UsernameRules</name>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name cannot contain “:”: HTTP Basic authentication could never send it.</source>
        <translation>用户名不能包含“:”：HTTP Basic 认证永远无法发送它。</translation>
    </message>
    <message>
        <source>A user name cannot contain control or invisible characters (found U+%1).</source>
        <translation>用户名不能包含控制字符或不可见字符（发现 U+%1）。</translation>
    </message>
    <message>
        <source>A user name cannot start or end with a space. Remove the spaces at its start or end.</source>
        <translation>用户名不能以空格开头或结尾。请删除首尾的空格。</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Filter by name or user ID (Ctrl+F)</source>
        <translation>按名称或用户 ID 筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter users by name or user ID</source>
        <translation>按名称或用户 ID 筛选用户</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Show only users with this role</source>
        <translation>只显示具有此角色的用户</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>清除筛选</translation>
    </message>
    <message numerus="yes">
        <source>No user matches the filter. Clear it (Esc in the filter box) to see all %n user(s).</source>
        <translation>
            <numerusform>没有与筛选条件匹配的用户。清除筛选（在筛选框中按 Esc）即可查看全部 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>筛选(&amp;L)：</translation>
    </message>
    <message>
        <source>Lists only the users whose name or user ID contains this text; Escape clears it</source>
        <translation>只列出名称或用户 ID 包含此文本的用户；按 Esc 清除</translation>
    </message>
    <message>
        <source>Lists only the users with the chosen role, or everyone</source>
        <translation>只列出具有所选角色的用户，或列出全部用户</translation>
    </message>
    <message>
        <source>One user per row. Arrow keys move; F2 changes the role (admins); the Menu key or Shift+F10 opens the actions for the selected users</source>
        <translation>每行一个用户。方向键用于移动；F2 更改角色（管理员）；菜单键或 Shift+F10 打开所选用户的操作</translation>
    </message>
</context>
<context>
    <name>WorkProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stops the work; changes already sent may still be applied</source>
        <translation>停止工作；已发送的更改仍可能被应用</translation>
    </message>
</context>
</TS>
