// SPDX-License-Identifier: MIT
#pragma once

#include "contractclient.h"
#include "fakeskypilotserver.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

// Asserts the SkyPilot users API contract over raw HTTP. Without SKYUSERS_CONTRACT_URL it runs
// against an in-process FakeSkyPilotServer; with it, against that server, authenticating as
// SKYUSERS_CONTRACT_ADMIN_USER / SKYUSERS_CONTRACT_ADMIN_PASSWORD. Every test creates its own
// uniquely named users and removes them again, so a shared server stays clean. Tests named
// doubleOnly_* use switches only the double has and skip themselves against a real server.
class ContractTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    // tst_contract.cpp: health, authentication, routing, validation
    void health_reportsFieldsWithoutCredentials();
    void health_echoesVersionHeadersOnlyWhenBothSent_data();
    void health_echoesVersionHeadersOnlyWhenBothSent();
    void health_userIsNullWithoutValidCredentials_data();
    void health_userIsNullWithoutValidCredentials();
    void health_userIsTheCallersRowWhenAuthenticated_data();
    void health_userIsTheCallersRowWhenAuthenticated();
    void health_tooOldClientGetsVersionMismatch();
    void health_nonIntegerApiVersionIsA500Traceback();
    void auth_basicFailuresAreBareJsonStrings_data();
    void auth_basicFailuresAreBareJsonStrings();
    void auth_bearerFailuresAreDetailObjects_data();
    void auth_bearerFailuresAreDetailObjects();
    void auth_passwordMayContainColons();
    void routing_unknownPathIs404AfterAuthentication_data();
    void routing_unknownPathIs404AfterAuthentication();
    void routing_trailingSlashRedirects();
    void routing_wrongMethodIs405();
    void validation_missingOrMistypedFieldsGive422_data();
    void validation_missingOrMistypedFieldsGive422();

    // contract_users.cpp
    void users_listShapeAndInternalUsers_data();
    void users_listShapeAndInternalUsers();
    void users_roleReportsTheCaller_data();
    void users_roleReportsTheCaller();
    void create_rejectsInvalidInput_data();
    void create_rejectsInvalidInput();
    void create_defaultsRoleAndAllowsLogin();
    void create_duplicateNameIsQuotedLikePythonRepr();
    void create_nameWithColonCannotLogIn();
    void create_isForbiddenForUserAndViewer_data();
    void create_isForbiddenForUserAndViewer();
    void update_adminChangesRole();
    void update_userChangesOwnPassword();
    void update_refusalsForNonAdmins_data();
    void update_refusalsForNonAdmins();
    void update_internalUsersAreRefused_data();
    void update_internalUsersAreRefused();
    void update_missingUserInvalidRoleAndNoOp();
    void batchUpdate_reportsPerUserResults();
    void batchUpdate_validatesRoleBeforeIds_data();
    void batchUpdate_validatesRoleBeforeIds();
    void batchUpdate_isForbiddenForUserAndViewer_data();
    void batchUpdate_isForbiddenForUserAndViewer();
    void delete_removesUserAndLogin();
    void delete_refusesMissingAndInternalUsers_data();
    void delete_refusesMissingAndInternalUsers();
    void delete_isForbiddenForUserAndViewer_data();
    void delete_isForbiddenForUserAndViewer();

    // contract_importexport.cpp
    void import_naiveParserQuirks_data();
    void import_naiveParserQuirks();
    void import_storesHashLookalikesVerbatim();
    void import_twoCharacterPasswordBreaksLogin();
    void import_isForbiddenForUserAndViewer_data();
    void import_isForbiddenForUserAndViewer();
    void export_listsHashesWithoutTrailingNewline();
    void export_isForbiddenForUserAndViewer_data();
    void export_isForbiddenForUserAndViewer();

    // contract_tokens.cpp
    void tokens_createRejectsInvalidInput_data();
    void tokens_createRejectsInvalidInput();
    void tokens_nameCheckIsPrefixOnlyAndTrims();
    void tokens_lifecycleAsAdmin();
    void tokens_expiryAndRotationKeepRemainingDays();
    void tokens_userManagesOnlyOwnTokens();
    void tokens_viewerMayOnlyList();
    void tokens_unknownTokenIs404_data();
    void tokens_unknownTokenIs404();
    void tokens_duplicateNameIsA500();

    // contract_doubleonly.cpp and contract_faults.cpp: switches of FakeSkyPilotServer
    void doubleOnly_deleteRefusedWhileUserHasActiveResources();
    void doubleOnly_adminDemotionRefusedForPrivateWorkspaceResources();
    void doubleOnly_loopbackBypassSkipsAuthentication();
    void doubleOnly_recordsEveryRequest();
    void doubleOnly_serviceAccountsDisabled();
    void doubleOnly_defaultRoleSwitch();
    void doubleOnly_serverVersionSwitch();
    void doubleOnly_rolelessCallerIsDeniedOnceThenRepaired();
    void doubleOnly_bearerRejectsExpiredAndOrphanedTokens();
    void doubleOnly_initialBasicAuthStoresHashVerbatim();
    void doubleOnly_faultHang();
    void doubleOnly_faultSlowDrip();
    void doubleOnly_faultTruncatedBody();
    void doubleOnly_faultCloseWithoutResponse();
    void doubleOnly_faultHtml502();
    void doubleOnly_faultTraceback500();
    void doubleOnly_faultRedirectSameOrigin();
    void doubleOnly_faultRedirectCrossOrigin();
    void doubleOnly_faultHtmlPage200();
    void doubleOnly_fault429And503();
    void doubleOnly_faultOversizedBody();
    void doubleOnly_faultCountAndPathScope();
    void doubleOnly_html401ImitatesIngress();
    void doubleOnly_destroyingServerClosesHungConnections();

private:
    bool usesDouble() const { return m_server != nullptr; }
    QString unique(const QString &tag);
    QByteArray authFor(const QString &who) const; // "admin", "user" or "viewer"
    QString idFor(const QString &who) const;
    // POST /users/create as admin; the user is deleted again after the test. Empty on failure.
    QString createUser(const QString &name, const QString &password, const QString &role = QString());
    // POST /users/service-account-tokens; the token is deleted after the test. Empty on failure.
    QJsonObject createToken(const QByteArray &authorization, const QString &name, const QJsonObject &extra = {});
    QJsonObject userRow(const QString &id);
    QJsonObject serverIdRow();
    QString expectedDefaultRole() const;
    bool serviceAccountAuthEnabled();
    static QString md5Id(const QString &name);
    /// A debug=True 500 from skypilot 0.14.1: the error inside an exception group, then the chained
    /// exception, ending with "<Exception>: <message>" (callers check that last line themselves).
    static bool isPythonTraceback(const QByteArray &body);

    std::unique_ptr<FakeSkyPilotServer> m_server;
    std::unique_ptr<ContractClient> m_client;
    QString m_prefix;
    int m_counter = 0;
    QString m_adminName;
    QString m_adminPassword;
    QString m_adminId;
    QString m_userName;
    QString m_userPassword;
    QString m_userId;
    QString m_viewerName;
    QString m_viewerPassword;
    QString m_viewerId;
    QStringList m_usersToDelete;
    QStringList m_tokensToDelete;
    QStringList m_suiteUsers;
};

// Each macro evaluates `reply` once (it is usually a request), and fails with the body in the message.
#define CONTRACT_EXPECT_STATUS(reply, code) \
    do { \
        const ContractClient::Reply &contractStatusReply_ = (reply); \
        QVERIFY2(contractStatusReply_.status == (code), \
                 qPrintable(ContractClient::describeMismatch(contractStatusReply_, (code)))); \
    } while (false)

#define CONTRACT_EXPECT_DETAIL(reply, code, text) \
    do { \
        const ContractClient::Reply &contractDetailReply_ = (reply); \
        QVERIFY2(contractDetailReply_.status == (code), \
                 qPrintable(ContractClient::describeMismatch(contractDetailReply_, (code)))); \
        QCOMPARE(contractDetailReply_.detail(), QString(text)); \
    } while (false)

#define CONTRACT_DOUBLE_ONLY() \
    do { \
        if (!m_server) \
            QSKIP("double-only: uses FakeSkyPilotServer switches that a real server (SKYUSERS_CONTRACT_URL) " \
                  "does not have"); \
    } while (false)
