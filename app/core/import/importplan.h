// SPDX-License-Identifier: MIT
#pragma once

#include "csv/usercsvresult.h"
#include "importplanentry.h"
#include "importrow.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>

struct User;

/// The dry run of an import: every record of a read file, classified against the users already on
/// the server, with the route each sendable row takes past the server's naive /users/import parser
/// (../shared/skypilot-api.md §7.1). Unknown roles wait for the admin's decision; nothing ever falls
/// back to the server's default role.
class ImportPlan final
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    using Entry = ImportPlanEntry;
    using Status = ImportPlanEntry::Status;

    ImportPlan() = default;
    /// One entry per record, rows and row errors alike, in file order.
    ImportPlan(const UserCsvResult &csv, const QSet<QString> &existingNames);

    static QSet<QString> namesOf(const QList<User> &users);

    const QList<ImportPlanEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    const ImportPlanEntry &at(qsizetype index) const { return m_entries.at(index); }

    /// Whether the admin decides this row's role (its role was unknown and nothing else stops it).
    bool isDecidable(qsizetype index) const;
    /// Creates the row with `role` (admin, user or viewer). False if the row or the role does not allow it.
    bool chooseRole(qsizetype index, const QString &role);
    bool skip(qsizetype index);
    /// The same decision for every decidable row; returns the rows that changed.
    QList<qsizetype> chooseRoleForAllUnknown(const QString &role);
    QList<qsizetype> skipAllUnknown();

    int count(Status status) const;
    /// Rows to create per role, for "creates 3 admins, 5 users".
    QMap<QString, int> rolesToCreate() const;
    /// Something to send and nothing left undecided.
    bool isReady() const;
    /// "creates 3 admins, 5 users; 2 already exist; 1 invalid"
    QString summary() const;

    QList<ImportRow> rowsToSend() const;

private:
    void classify(ImportPlanEntry &entry, const QSet<QString> &existingNames, QHash<QString, int> &firstLines);
    void applyRole(ImportPlanEntry &entry, const QString &role);

    QList<ImportPlanEntry> m_entries;
};
