// SPDX-License-Identifier: MIT
#include "userrows.h"

#include <QHashFunctions>

#include <algorithm>
#include <bit>

namespace {
constexpr qint32 EmptySlot = -1;
constexpr size_t MinSlots = 16;
} // namespace

void UserRows::reserve(qsizetype rows, qsizetype characters)
{
    m_rows.reserve(static_cast<size_t>(rows));
    m_text.reserve(characters);
    // Sized once for the whole listing, so a first fill never rehashes.
    const size_t wanted = std::bit_ceil(std::max(MinSlots, static_cast<size_t>(rows) * 2 + 1));
    if (wanted > m_slots.size()) {
        m_slots.assign(wanted, EmptySlot);
        for (int p = 0; p < size(); ++p)
            index(p);
    }
}

bool UserRows::append(Row row, QStringView id, QStringView name)
{
    if (static_cast<size_t>(m_indexed + 1) * 2 > m_slots.size())
        growIndex();
    // One probe both rejects a duplicate and finds the free slot for the new row.
    const size_t mask = m_slots.size() - 1;
    size_t s = home(id);
    for (; m_slots[s] != EmptySlot; s = (s + 1) & mask) {
        if (this->id(m_rows[static_cast<size_t>(m_slots[s])]) == id)
            return false;
    }
    row.text = m_text.size();
    row.idLength = static_cast<quint32>(id.size());
    row.nameLength = static_cast<quint32>(name.size());
    m_text.append(id).append(name);
    m_liveText += id.size() + name.size();
    m_rows.push_back(row);
    m_slots[s] = size() - 1;
    ++m_indexed;
    return true;
}

void UserRows::setName(Row &row, QStringView name)
{
    // The id must sit right before the name; copied first because appending may move the buffer.
    const QString id = this->id(row).toString();
    m_liveText += name.size() - row.nameLength;
    row.text = m_text.size();
    row.nameLength = static_cast<quint32>(name.size());
    m_text.append(id).append(name);
}

int UserRows::find(QStringView id) const
{
    if (m_slots.empty())
        return -1;
    const size_t mask = m_slots.size() - 1;
    for (size_t s = home(id); m_slots[s] != EmptySlot; s = (s + 1) & mask) {
        if (this->id(m_rows[static_cast<size_t>(m_slots[s])]) == id)
            return m_slots[s];
    }
    return -1;
}

void UserRows::unindex(int physical)
{
    const Row &row = (*this)[physical];
    m_liveText -= row.idLength + row.nameLength;
    size_t hole = slotOf(id(row), physical);
    m_slots[hole] = EmptySlot;
    --m_indexed;
    // Backward-shift deletion: later entries of the same probe run move into the hole, so
    // lookups never need tombstones.
    const size_t mask = m_slots.size() - 1;
    for (size_t s = (hole + 1) & mask; m_slots[s] != EmptySlot; s = (s + 1) & mask) {
        const size_t h = home(id(m_rows[static_cast<size_t>(m_slots[s])]));
        const bool staysPut = hole < s ? (h > hole && h <= s) : (h > hole || h <= s);
        if (!staysPut) {
            m_slots[hole] = m_slots[s];
            m_slots[s] = EmptySlot;
            hole = s;
        }
    }
}

void UserRows::move(int first, int last, int to)
{
    if (first > last || first == to)
        return;
    const auto begin = m_rows.begin();
    // Slots are re-pointed in the direction of the move, so that a row's new index is never
    // still held by a row that has yet to move.
    if (to > first) {
        std::move_backward(begin + first, begin + last + 1, begin + to + (last - first) + 1);
        for (int p = last; p >= first; --p)
            m_slots[slotOf(id(m_rows[static_cast<size_t>(to + p - first)]), p)] = to + p - first;
    } else {
        std::move(begin + first, begin + last + 1, begin + to);
        for (int p = first; p <= last; ++p)
            m_slots[slotOf(id(m_rows[static_cast<size_t>(to + p - first)]), p)] = to + p - first;
    }
}

void UserRows::erase(int first, int count)
{
    if (count <= 0)
        return;
    move(first + count, size() - 1, first);
    m_rows.resize(m_rows.size() - static_cast<size_t>(count));
}

void UserRows::compactIfWasteful()
{
    if (m_text.size() < 2 * m_liveText + 4096)
        return;
    QString text;
    text.reserve(m_liveText);
    for (Row &row : m_rows) {
        const qsizetype start = text.size();
        text.append(QStringView(m_text).mid(row.text, row.idLength + row.nameLength));
        row.text = start;
    }
    m_text = std::move(text);
    m_liveText = m_text.size();
}

size_t UserRows::home(QStringView id) const
{
    return qHash(id, QHashSeed::globalSeed()) & (m_slots.size() - 1);
}

size_t UserRows::slotOf(QStringView id, int physical) const
{
    const size_t mask = m_slots.size() - 1;
    size_t s = home(id);
    while (m_slots[s] != physical)
        s = (s + 1) & mask;
    return s;
}

void UserRows::index(int physical)
{
    const size_t mask = m_slots.size() - 1;
    size_t s = home(id((*this)[physical]));
    while (m_slots[s] != EmptySlot)
        s = (s + 1) & mask;
    m_slots[s] = physical;
    ++m_indexed;
}

void UserRows::growIndex()
{
    m_slots.assign(std::max(MinSlots, m_slots.size() * 2), EmptySlot);
    m_indexed = 0;
    for (int p = 0; p < size(); ++p)
        index(p);
}
