// SPDX-License-Identifier: MIT
#include "importplan.h"

#include "domain/role.h"
#include "domain/user.h"
#include "domain/usernamerules.h"
#include "passwordshape.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
// Python's str.strip(), which the server applies to every cell: Unicode white space plus the
// information separators U+001C–U+001F.
bool isPythonSpace(QChar c)
{
    return c.isSpace() || (c.unicode() >= 0x1c && c.unicode() <= 0x1f);
}

bool hasSurroundingSpace(const QString &field)
{
    return !field.isEmpty() && (isPythonSpace(field.front()) || isPythonSpace(field.back()));
}

/// What the server's split(',')/split('\n')/strip() parser would change in this field, in words; empty
/// when it carries the field exactly.
QString uncarriable(const QString &field)
{
    if (field.contains(u','))
        return ImportPlan::tr("a comma");
    // Without quoting in the parser, the client could only send a quote unquoted, which no CSV writer does.
    if (field.contains(u'"'))
        return ImportPlan::tr("a quote");
    if (field.contains(u'\n') || field.contains(u'\r'))
        return ImportPlan::tr("a line break");
    if (hasSurroundingSpace(field))
        return ImportPlan::tr("spaces at the start or end");
    return {};
}

QString roleCount(const QString &role, int n)
{
    if (role == Role::Admin)
        return ImportPlan::tr("%n admin(s)", nullptr, n);
    if (role == Role::User)
        return ImportPlan::tr("%n user(s)", nullptr, n);
    return ImportPlan::tr("%n viewer(s)", nullptr, n);
}
} // namespace

ImportPlan::ImportPlan(const UserCsvResult &csv, const QSet<QString> &existingNames)
{
    // Both lists come in file order: merged, not sorted, since moving whole entries around costs more
    // than classifying them.
    m_entries.reserve(csv.rows.size() + csv.rowErrors.size());
    QHash<QString, int> firstLines;
    firstLines.reserve(csv.rows.size());
    auto error = csv.rowErrors.cbegin();
    const auto addErrorsBefore = [&](int line) {
        for (; error != csv.rowErrors.cend() && (error->recordLine > 0 ? error->recordLine : error->line) < line;
             ++error) {
            ImportPlanEntry &entry = m_entries.emplace_back();
            entry.line = error->recordLine > 0 ? error->recordLine : error->line;
            entry.status = Status::Invalid;
            entry.problem = error->message;
        }
    };
    for (const UserCsvRow &row : csv.rows) {
        addErrorsBefore(row.line);
        ImportPlanEntry &entry = m_entries.emplace_back();
        entry.line = row.line;
        entry.username = row.username;
        entry.password = row.password;
        entry.writtenRole = row.role;
        classify(entry, existingNames, firstLines);
    }
    addErrorsBefore(std::numeric_limits<int>::max());
}

QSet<QString> ImportPlan::namesOf(const QList<User> &users)
{
    QSet<QString> names;
    names.reserve(users.size());
    for (const User &user : users)
        names.insert(user.name);
    return names;
}

void ImportPlan::classify(ImportPlanEntry &entry, const QSet<QString> &existingNames, QHash<QString, int> &firstLines)
{
    QStringList notes;
    const auto done = [&](Status status, const QString &problem) {
        entry.status = status;
        entry.problem = problem;
        entry.notes = notes.join(u' ');
    };
    if (const QString why = UsernameRules::problem(entry.username); !why.isEmpty())
        return done(Status::Invalid, why);
    if (existingNames.contains(entry.username))
        return done(Status::AlreadyExists, tr("A user with this name is already on the server."));
    if (const auto first = firstLines.constFind(entry.username); first != firstLines.cend())
        return done(Status::Duplicate, tr("Line %1 has the same name; only the first is imported.").arg(*first));
    firstLines.insert(entry.username, entry.line);

    const PasswordShape shape = PasswordShape::of(entry.password);
    entry.hashScheme = shape.scheme;
    QString cannotCarry = uncarriable(entry.username);
    if (cannotCarry.isEmpty())
        cannotCarry = uncarriable(entry.password);
    switch (shape.kind) {
    case PasswordShape::Kind::UnsupportedHash:
        return done(Status::Invalid,
                    tr("The password is a hash (%1), which this server cannot check: it would "
                       "become the password itself.")
                            .arg(shape.scheme));
    case PasswordShape::Kind::Hash:
        entry.passwordIsHash = true;
        entry.flags |= Entry::HashGiven;
        // /users/create would hash the hash, so the import route is the only one.
        if (!cannotCarry.isEmpty()) {
            return done(Status::Invalid,
                        tr("The password is a hash (%1), which only /users/import can take, and its "
                           "parser cannot carry %2.")
                                .arg(shape.scheme, cannotCarry));
        }
        entry.route = ImportRow::Route::BatchImport;
        if (shape.weak) {
            entry.flags |= Entry::WeakHash;
            notes.append(tr("Hash (%1), imported as is; the scheme is weak, so ask the user to choose a new "
                            "password.")
                                 .arg(shape.scheme));
        } else {
            notes.append(tr("Hash (%1), imported as is.").arg(shape.scheme));
        }
        break;
    case PasswordShape::Kind::LookAlike:
        entry.flags |= Entry::LookAlikePassword;
        entry.route = ImportRow::Route::CreateOne;
        notes.append(tr("/users/import would take this password for a %1 hash, so it goes through /users/create.")
                             .arg(shape.scheme));
        break;
    case PasswordShape::Kind::Plain:
        if (hasSurroundingSpace(entry.password)) {
            entry.flags |= Entry::SurroundingSpaces;
            entry.route = ImportRow::Route::CreateOne;
            notes.append(tr("The password starts or ends with a space; it is kept as written and goes through "
                            "/users/create."));
        } else if (!cannotCarry.isEmpty()) {
            entry.route = ImportRow::Route::CreateOne;
            notes.append(tr("/users/import cannot carry %1, so this row goes through /users/create.").arg(cannotCarry));
        } else {
            entry.route = ImportRow::Route::BatchImport;
        }
        break;
    }

    if (Role::isKnown(entry.writtenRole)) {
        entry.role = entry.writtenRole;
        return done(Status::New, {});
    }
    // Never left to the server, whose default for an unknown role is admin.
    entry.roleUnknown = true;
    if (hasSurroundingSpace(entry.writtenRole)) {
        entry.flags |= Entry::SurroundingSpaces;
        notes.append(tr("The role has spaces around it."));
    }
    if (entry.writtenRole.isEmpty())
        return done(Status::NeedsRole, tr("No role given: choose a role or skip the row."));
    done(Status::NeedsRole,
         tr("The role \u201c%1\u201d is not admin, user or viewer: choose a role or skip the row.")
                 .arg(entry.writtenRole));
}

bool ImportPlan::isDecidable(qsizetype index) const
{
    if (index < 0 || index >= m_entries.size())
        return false;
    const ImportPlanEntry &entry = m_entries.at(index);
    return entry.roleUnknown
            && (entry.status == Status::NeedsRole || entry.status == Status::New || entry.status == Status::Skipped);
}

bool ImportPlan::chooseRole(qsizetype index, const QString &role)
{
    if (!isDecidable(index) || !Role::isKnown(role))
        return false;
    applyRole(m_entries[index], role);
    return true;
}

bool ImportPlan::skip(qsizetype index)
{
    if (!isDecidable(index))
        return false;
    applyRole(m_entries[index], {});
    return true;
}

void ImportPlan::applyRole(ImportPlanEntry &entry, const QString &role)
{
    entry.role = role;
    if (role.isEmpty()) {
        entry.status = Status::Skipped;
        entry.problem = tr("Skipped: you chose not to import this row.");
    } else {
        entry.status = Status::New;
        entry.problem = entry.writtenRole.isEmpty()
                ? tr("No role given; you chose %1.").arg(role)
                : tr("The file says \u201c%1\u201d; you chose %2.").arg(entry.writtenRole, role);
    }
}

QList<qsizetype> ImportPlan::chooseRoleForAllUnknown(const QString &role)
{
    QList<qsizetype> changed;
    if (!Role::isKnown(role))
        return changed;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (isDecidable(i) && (m_entries[i].status != Status::New || m_entries[i].role != role)) {
            applyRole(m_entries[i], role);
            changed.append(i);
        }
    }
    return changed;
}

QList<qsizetype> ImportPlan::skipAllUnknown()
{
    QList<qsizetype> changed;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (isDecidable(i) && m_entries[i].status != Status::Skipped) {
            applyRole(m_entries[i], {});
            changed.append(i);
        }
    }
    return changed;
}

int ImportPlan::count(Status status) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [status](const ImportPlanEntry &entry) { return entry.status == status; }));
}

QMap<QString, int> ImportPlan::rolesToCreate() const
{
    QMap<QString, int> counts;
    for (const ImportPlanEntry &entry : m_entries) {
        if (entry.status == Status::New)
            ++counts[entry.role];
    }
    return counts;
}

bool ImportPlan::isReady() const
{
    return count(Status::NeedsRole) == 0 && count(Status::New) > 0;
}

QString ImportPlan::summary() const
{
    const QMap<QString, int> roles = rolesToCreate();
    QStringList creates;
    for (const QString &role : Role::all()) {
        if (const int n = roles.value(role); n > 0)
            creates.append(roleCount(role, n));
    }
    QStringList parts{creates.isEmpty() ? tr("creates nobody") : tr("creates %1").arg(creates.join(u", "))};
    // Plural forms come from the catalogue: English's holds only those ("1 duplicate", "2 duplicates").
    const std::pair<Status, QString> counts[] = {
            {Status::AlreadyExists, tr("%n already exist(s)", nullptr, count(Status::AlreadyExists))},
            {Status::Duplicate, tr("%n duplicate(s)", nullptr, count(Status::Duplicate))},
            {Status::Invalid, tr("%n invalid", nullptr, count(Status::Invalid))},
            {Status::NeedsRole, tr("%n need(s) a role", nullptr, count(Status::NeedsRole))},
            {Status::Skipped, tr("%n skipped", nullptr, count(Status::Skipped))},
    };
    for (const auto &[status, text] : counts) {
        if (count(status) > 0)
            parts.append(text);
    }
    return parts.join(u"; ");
}

QList<ImportRow> ImportPlan::rowsToSend() const
{
    QList<ImportRow> rows;
    for (const ImportPlanEntry &entry : m_entries) {
        if (entry.status == Status::New)
            rows.append({entry.line, entry.username, entry.password, entry.passwordIsHash, entry.role, entry.route});
    }
    return rows;
}
