// SPDX-License-Identifier: MIT
// The main window against the real SkyPilot 0.14.1 server behind nginx (tools/skypilot-stack): an
// admin changes a role in place and undoes it, and a viewer gets the same table read-only.
#include "auth/memorycredentialstore.h"
#include "domain/role.h"
#include "mainwindow.h"
#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"
#include "net/apiclient.h"
#include "net/skypilotapi.h"
#include "session/serverlist.h"
#include "session/session.h"
#include "session/userdirectory.h"
#include "useractions.h"
#include "userspanel.h"

#include <QAction>
#include <QComboBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
template<typename T>
std::optional<T> await(const Reply<T> &reply)
{
    std::optional<Result<T>> outcome;
    QObject context;
    reply.onFinished(&context, [&outcome](Result<T> result) { outcome = std::move(result); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000) || !outcome->ok())
        return std::nullopt;
    return outcome->value;
}

/// The app's parts over the real server, signed in as one account.
struct RealWindow
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    ApiClient client{&network};
    SkyPilotApi api{client};
    QSettings settings{dir.filePath(u"skyusers.conf"_s), QSettings::IniFormat};
    ServerList servers{settings};
    MemoryCredentialStore store;
    Session session{api, network, store, servers};
    UserTableModel model;
    UserDirectory directory{api, model};
    MainWindow window{model};
    UserActions actions{api, session, model, directory, window};

    bool signIn(const QUrl &url, const QString &name, const QString &password)
    {
        client.setServerUrl(url);
        client.setCredentials(Credentials{name, Secret::fromString(password)});
        const std::optional<CurrentUser> me = await(api.currentUser());
        if (!me)
            return false;
        ServerProfile profile;
        profile.url = url;
        profile.username = name;
        profile.rememberPassword = false;
        QSignalSpy refreshed(&directory, &UserDirectory::refreshed);
        window.show();
        session.adopt(profile, Secret::fromString(password), *me);
        return refreshed.wait(30000);
    }
};
} // namespace

class TestMainWindowReal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void adminChangesARoleInPlaceAndUndoesIt();
    void viewerSeesTheTableReadOnly();

private:
    QString createUser(const QString &role);
    QString roleOnServer(const QString &userId);

    QUrl m_url;
    QString m_admin;
    QString m_password;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SkyPilotApi> m_api;
    QStringList m_created;
};

void TestMainWindowReal::initTestCase()
{
    m_url = QUrl(qEnvironmentVariable("SKYPILOT_STACK_URL"));
    m_admin = qEnvironmentVariable("SKYPILOT_STACK_ADMIN_USER");
    m_password = qEnvironmentVariable("SKYPILOT_STACK_ADMIN_PASSWORD");
    QVERIFY2(m_url.isValid() && !m_admin.isEmpty(), "run through ctest: the real_stack fixture provides the server");
    m_client = std::make_unique<ApiClient>(&m_network);
    m_client->setServerUrl(m_url);
    m_client->setCredentials(Credentials{m_admin, Secret::fromString(m_password)});
    m_api = std::make_unique<SkyPilotApi>(*m_client);
}

void TestMainWindowReal::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_created))
        await(m_api->deleteUser(id));
}

QString TestMainWindowReal::createUser(const QString &role)
{
    const QString name = u"mw-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
    if (!await(m_api->createUser(name, Secret::fromString(name + u"-Pa55!"_s), role)))
        return {};
    const std::optional<QList<User>> users = await(m_api->listUsers());
    for (const User &user : users.value_or(QList<User>())) {
        if (user.name == name) {
            m_created << user.id;
            return name;
        }
    }
    return {};
}

QString TestMainWindowReal::roleOnServer(const QString &userId)
{
    const std::optional<QList<User>> users = await(m_api->listUsers());
    for (const User &user : users.value_or(QList<User>())) {
        if (user.id == userId)
            return user.role;
    }
    return {};
}

void TestMainWindowReal::adminChangesARoleInPlaceAndUndoesIt()
{
    const QString name = createUser(Role::User);
    QVERIFY(!name.isEmpty());
    RealWindow app;
    QVERIFY(app.signIn(m_url, m_admin, m_password));
    const int row = app.model.rowOf(m_created.constLast());
    QVERIFY(row >= 0);
    QTableView *table = app.window.usersPanel().table();
    const QModelIndex role = app.window.usersPanel().proxy().mapFromUsers(app.model.index(row, UserTableModel::Role));
    table->setCurrentIndex(role);
    table->edit(role);
    auto *combo = table->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    const int viewer = combo->findData(Role::Viewer);
    combo->setCurrentIndex(viewer);
    Q_EMIT combo->activated(viewer);
    QSignalSpy changed(&app.directory, &UserDirectory::roleChanged);
    QVERIFY(changed.wait(30000));
    QCOMPARE(roleOnServer(m_created.constLast()), Role::Viewer);
    app.window.findChild<QAction *>(u"actionUndo"_s)->trigger();
    QVERIFY(changed.wait(30000));
    QCOMPARE(roleOnServer(m_created.constLast()), Role::User);
}

void TestMainWindowReal::viewerSeesTheTableReadOnly()
{
    const QString name = createUser(Role::Viewer);
    QVERIFY(!name.isEmpty());
    RealWindow app;
    QVERIFY(app.signIn(m_url, name, name + u"-Pa55!"_s));
    QVERIFY(app.model.rowCount() >= 2);
    QVERIFY(!app.model.isEditable());
    QVERIFY(!app.window.findChild<QAction *>(u"actionNewUser"_s)->isEnabled());
    QAction *own = app.window.findChild<QAction *>(u"actionChangeMyPassword"_s);
    QVERIFY(!own->isEnabled());
    QVERIFY(own->toolTip().contains(u"Viewers"_s));
}

QTEST_MAIN(TestMainWindowReal)
#include "tst_mainwindowreal.moc"
