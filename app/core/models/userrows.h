// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

/// The rows of UserTableModel, packed for 100,000 users. Ids and names live in one shared UTF-16
/// buffer, because a QString each costs a 24-byte header plus a heap block; users are found by
/// id through an open-addressing table of row numbers whose keys are read from that buffer.
/// Rows are addressed by physical index, which the model maps to view rows.
class UserRows final
{
public:
    struct Row
    {
        qint64 createdAt = 0;
        qsizetype text = 0; ///< where the id starts in the buffer; the name follows it
        quint32 idLength = 0;
        quint32 nameLength = 0;
        quint16 role = 0;
        quint16 userType = 0;
        quint8 flags = 0;
    };

    int size() const { return static_cast<int>(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    void reserve(qsizetype rows, qsizetype characters);

    Row &operator[](int physical) { return m_rows[static_cast<size_t>(physical)]; }
    const Row &operator[](int physical) const { return m_rows[static_cast<size_t>(physical)]; }
    QStringView id(const Row &row) const { return QStringView(m_text).mid(row.text, row.idLength); }
    QStringView name(const Row &row) const { return QStringView(m_text).mid(row.text + row.idLength, row.nameLength); }

    /// Appends `row` with this id and name; false, and nothing appended, when the id is already there.
    bool append(Row row, QStringView id, QStringView name);
    /// Renames a row; the old text stays in the buffer until compact().
    void setName(Row &row, QStringView name);
    /// The physical index of the user with this id, or -1.
    int find(QStringView id) const;

    /// Forgets the id of a row that is about to be removed (the row itself stays until erase()).
    void unindex(int physical);
    /// Moves rows [first, last] to start at `to`, overwriting what was there, and re-points their ids.
    void move(int first, int last, int to);
    /// Drops rows [first, first + count) whose ids are no longer indexed; later rows move up.
    void erase(int first, int count);
    /// Rewrites the buffer without the text of renamed and removed rows, when that is most of it.
    void compactIfWasteful();

private:
    size_t home(QStringView id) const;
    size_t slotOf(QStringView id, int physical) const;
    void index(int physical);
    void growIndex();

    std::vector<Row> m_rows;
    QString m_text;
    qsizetype m_liveText = 0;
    /// Physical row per slot, -1 when empty; a power of two at most half full, probed linearly.
    std::vector<qint32> m_slots;
    int m_indexed = 0;
};
