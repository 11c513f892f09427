// SPDX-License-Identifier: MIT
#include "fakeimportexporthandlers.h"

#include "fakebodyvalidator.h"
#include "fakecsvimport.h"
#include "fakejson.h"

using namespace Qt::StringLiterals;

FakeImportExportHandlers::FakeImportExportHandlers(FakeServerState &state)
    : m_state(state)
{ }

void FakeImportExportHandlers::registerRoutes(FakeRouter &router)
{
    router.add("POST"_ba, u"/users/import"_s, [this](FakeRequestContext &c) { return importUsers(c); });
    router.add("GET"_ba, u"/users/export"_s, [this](FakeRequestContext &c) { return exportUsers(c); });
}

FakeHttpResponse FakeImportExportHandlers::importUsers(FakeRequestContext &context)
{
    const auto parsed = FakeBodyValidator::validate(context, {{u"csv_content"_s, FakeBodyValidator::Type::Str}});
    if (const auto *error = std::get_if<FakeHttpResponse>(&parsed))
        return *error;
    const FakeCsvImport::Result csv
            = FakeCsvImport::parse(std::get<QJsonObject>(parsed).value(u"csv_content"_s).toString(),
                                   m_state.config().defaultRole, FakeServerState::supportedRoles());
    if (!csv.fatalError.isEmpty())
        return FakeHttpResponse::detail(400, csv.fatalError);

    int successCount = 0;
    QStringList creationErrors;
    for (const FakeCsvImport::Row &row : csv.rows) {
        // Checked against the live table, so a name repeated in the same file fails the second time.
        if (m_state.store().nameTaken(row.username)) {
            creationErrors << row.username + u": User already exists"_s;
            continue;
        }
        const bool looksHashed = FakePasswordHasher::identify(row.password) != FakePasswordHasher::Scheme::Unknown;
        const QString stored = looksHashed ? row.password : m_state.hasher().hash(row.password);
        m_state.addBasicUser(row.username, stored, row.role);
        ++successCount;
    }
    return FakeHttpResponse::json(200,
                                  FakeJson::object({{u"success_count"_s, FakeJson::number(successCount)},
                                                    {u"error_count"_s, FakeJson::number(creationErrors.size())},
                                                    {u"total_processed"_s, FakeJson::number(csv.rows.size())},
                                                    {u"parse_errors"_s, FakeJson::stringArray(csv.parseErrors)},
                                                    {u"creation_errors"_s, FakeJson::stringArray(creationErrors)}}));
}

FakeHttpResponse FakeImportExportHandlers::exportUsers(FakeRequestContext &)
{
    const FakeUserStore &store = m_state.store();
    QStringList lines = {u"username,password,role"_s};
    int exported = 0;
    for (const FakeUserStore::User &user : store.users()) {
        if (FakeUserStore::isServiceAccount(user.id))
            continue;
        const QString role = store.role(user.id);
        // No quoting at all: a comma in a name or hash breaks the file, as on the server.
        lines << user.name + u',' + user.password + u',' + (role.isEmpty() ? m_state.config().defaultRole : role);
        ++exported;
    }
    return FakeHttpResponse::json(200,
                                  FakeJson::object({{u"csv_content"_s, FakeJson::string(lines.join(u'\n'))},
                                                    {u"user_count"_s, FakeJson::number(exported)}}));
}
