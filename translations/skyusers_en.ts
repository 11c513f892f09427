<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkOutcome</name>
    <message numerus="yes">
        <source>Users deleted: %1 of %n.</source>
        <translation>
            <numerusform>Users deleted: %1 of %n.</numerusform>
            <numerusform>Users deleted: %1 of %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roles changed: %1 of %n.</source>
        <translation>
            <numerusform>Roles changed: %1 of %n.</numerusform>
            <numerusform>Roles changed: %1 of %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n failed: %1</numerusform>
            <numerusform>%n failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (no change needed or not allowed).</source>
        <translation>
            <numerusform>%n skipped (no change needed or not allowed).</numerusform>
            <numerusform>%n skipped (no change needed or not allowed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted.</source>
        <translation>
            <numerusform>%n not attempted.</numerusform>
            <numerusform>%n not attempted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteConfirmDialog</name>
    <message numerus="yes">
        <source>Delete %n Users</source>
        <translation>
            <numerusform>Delete %n User</numerusform>
            <numerusform>Delete %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n users? This cannot be undone.</source>
        <translation>
            <numerusform>Delete this user? This cannot be undone.</numerusform>
            <numerusform>Delete these %n users? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>&amp;All users (%n)</source>
        <translation>
            <numerusform>&amp;All users (%n)</numerusform>
            <numerusform>&amp;All users (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Users in the current &amp;filter (%n)</source>
        <translation>
            <numerusform>Users in the current &amp;filter (%n)</numerusform>
            <numerusform>Users in the current &amp;filter (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected &amp;users (%n)</source>
        <translation>
            <numerusform>Selected &amp;users (%n)</numerusform>
            <numerusform>Selected &amp;users (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n user(s) to %1.</source>
        <translation>
            <numerusform>Saved %n user to %1.</numerusform>
            <numerusform>Saved %n users to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a backup of %n user(s) to %1, readable only by you.</source>
        <translation>
            <numerusform>Saved a backup of %n user to %1, readable only by you.</numerusform>
            <numerusform>Saved a backup of %n users to %1, readable only by you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Choose a role for the %n row(s) marked “Unknown role”, or skip them.</source>
        <translation>
            <numerusform>Choose a role for the row marked “Unknown role”, or skip it.</numerusform>
            <numerusform>Choose a role for the %n rows marked “Unknown role”, or skip them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading “%1”: %Ln record(s)…</source>
        <translation>
            <numerusform>Reading “%1”: %Ln record…</numerusform>
            <numerusform>Reading “%1”: %Ln records…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <source>Importing %n user(s)…</source>
        <translation>
            <numerusform>Importing %n user…</numerusform>
            <numerusform>Importing %n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing users: %1 of %n row(s) done.</source>
        <translation>
            <numerusform>Importing users: %1 of %n row done.</numerusform>
            <numerusform>Importing users: %1 of %n rows done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <source>%n admin(s)</source>
        <translation>
            <numerusform>%n admin</numerusform>
            <numerusform>%n admins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n viewer(s)</source>
        <translation>
            <numerusform>%n viewer</numerusform>
            <numerusform>%n viewers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already exist(s)</source>
        <translation>
            <numerusform>%n already exists</numerusform>
            <numerusform>%n already exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) a role</source>
        <translation>
            <numerusform>%n needs a role</numerusform>
            <numerusform>%n need a role</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message numerus="yes">
        <source>&amp;Retry %n Failed Row(s)</source>
        <translation>
            <numerusform>&amp;Retry %n Failed Row</numerusform>
            <numerusform>&amp;Retry %n Failed Rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) shown</source>
        <translation>
            <numerusform>%1 of %n user shown</numerusform>
            <numerusform>%1 of %n users shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message numerus="yes">
        <source>%n role change(s) are waiting for the server.</source>
        <translation>
            <numerusform>%n role change is waiting for the server.</numerusform>
            <numerusform>%n role changes are waiting for the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the role of %n user(s)?</source>
        <translation>
            <numerusform>Change the role of %n user?</numerusform>
            <numerusform>Change the role of %n users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making %n user(s) %1…</source>
        <translation>
            <numerusform>Making %n user %1…</numerusform>
            <numerusform>Making %n users %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n user(s)…</source>
        <translation>
            <numerusform>Deleting %n user…</numerusform>
            <numerusform>Deleting %n users…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCsvMapper</name>
    <message numerus="yes">
        <source>this row has %n field(s), but the header has %1.</source>
        <translation>
            <numerusform>this row has %n field, but the header has %1.</numerusform>
            <numerusform>this row has %n fields, but the header has %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message numerus="yes">
        <source>No user matches the filter. Clear it (Esc in the filter box) to see all %n user(s).</source>
        <translation>
            <numerusform>No user matches the filter. Clear it (Esc in the filter box) to see the one user.</numerusform>
            <numerusform>No user matches the filter. Clear it (Esc in the filter box) to see all %n users.</numerusform>
        </translation>
    </message>
</context>
</TS>
