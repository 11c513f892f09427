// SPDX-License-Identifier: MIT
// The users window's model layer with 100,000 users: decoding GET /users into the model, a filter
// keystroke, a sort by name, a refresh with 1% changed, and memory per user. Prints one
// "bench: <name>=<value>" line per figure; never fails on timing.
#include "domain/user.h"
#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>
#include <malloc.h>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int UserCount = 100'000;
constexpr int Runs = 5;

const char *const FirstNames[]
        = {"alice",   "bob",  "carol",  "dave",  "erin",   "frank", "grace", "heidi",  "ivan",   "judy",
           "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "alex"};
const char *const LastNames[] = {"smith",  "jones", "garcia", "miller", "davis",  "lopez", "wilson", "anderson",
                                 "thomas", "moore", "martin", "lee",    "walker", "hall",  "young",  "king"};

quint64 mix(quint64 x)
{
    // splitmix64: deterministic, well spread ids without a random engine's state.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QByteArray nameOf(int i)
{
    const quint64 h = mix(static_cast<quint64>(i) + 7);
    const QByteArray first = FirstNames[h % std::size(FirstNames)];
    const QByteArray last = LastNames[(h >> 8) % std::size(LastNames)];
    switch (i % 4) {
    case 0:
        return "user" + QByteArray::number(i).rightJustified(6, '0');
    case 1:
        return first + '.' + last;
    case 2:
        return first + '.' + last + QByteArray::number(i % 97) + "@example.com";
    default:
        return first + QByteArray::number(i % 1000);
    }
}

/// The exact body of GET /users for `count` users.
QByteArray usersJson(int count)
{
    QByteArray body;
    body.reserve(count * 110);
    body += '[';
    for (int i = 0; i < count; ++i) {
        const quint64 h = mix(static_cast<quint64>(i));
        const QByteArray id
                = i == 0 ? "skypilot-system" : QByteArray::number(h & 0xffffffffU, 16).rightJustified(8, '0');
        const char *role = h % 20 == 0 ? "admin" : (h % 20 < 4 ? "viewer" : "user");
        const char *type = i == 0 ? "system" : ((h >> 40) % 20 == 0 ? "sa" : ((h >> 40) % 4 == 0 ? "sso" : "basic"));
        if (i > 0)
            body += ',';
        body += R"({"id":")" + id + R"(","name":")" + nameOf(i) + R"(","created_at":)"
                + QByteArray::number(1700000000 + i * 37) + R"(,"role":")" + role + R"(","user_type":")" + type
                + R"("})";
    }
    body += ']';
    return body;
}

std::vector<User> decode(const QByteArray &body)
{
    QString error;
    auto list = User::listFromJson(QJsonDocument::fromJson(body).array(), &error);
    if (!list)
        qFatal("bench: cannot decode the generated users: %s", qPrintable(error));
    return {std::make_move_iterator(list->begin()), std::make_move_iterator(list->end())};
}

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Median of Runs runs of `work`, each after an untimed `prepare`.
double medianMs(const std::function<void()> &prepare, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int run = 0; run < Runs; ++run) {
        prepare();
        times.push_back(elapsedMs(work));
    }
    return median(times);
}

void report(const char *name, double value)
{
    qInfo("bench: %s=%.1f", name, value);
}

struct Memory
{
    double rss = 0;
    double heap = 0;
};

Memory memoryNow()
{
    // Give freed pages back first, so the figures show what is live rather than the allocator's cache.
    malloc_trim(0);
    Memory m;
    QFile statm(u"/proc/self/statm"_s);
    if (statm.open(QIODevice::ReadOnly))
        m.rss = statm.readAll().split(' ').value(1).toDouble() * static_cast<double>(sysconf(_SC_PAGESIZE));
    const struct mallinfo2 info = mallinfo2();
    m.heap = static_cast<double>(info.uordblks + info.hblkhd); // small chunks plus mmapped blocks
    return m;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray body = usersJson(UserCount);
    report("json_body_kib", static_cast<double>(body.size()) / 1024.0);

    // Memory first, before the timing runs have fragmented the heap: per user above an empty model
    // and an empty proxy sorted by name.
    auto model = std::make_unique<UserTableModel>();
    auto proxy = std::make_unique<UserFilterProxyModel>();
    proxy->setSourceModel(model.get());
    proxy->sort(UserTableModel::Name);
    const Memory empty = memoryNow();
    {
        auto users = decode(body);
        model->setUsers(std::move(users));
    }
    proxy->rowCount();
    const Memory filled = memoryNow();
    report("memory_rss_bytes_per_user", (filled.rss - empty.rss) / UserCount);
    report("memory_heap_bytes_per_user", (filled.heap - empty.heap) / UserCount);
    proxy->sort(-1);
    const Memory unsorted = memoryNow();
    report("memory_heap_bytes_per_user_model_only", (unsorted.heap - empty.heap) / UserCount);

    // JSON body → filled model: parse, decode and setUsers, each into a fresh model.
    std::vector<double> parse, decodeOnly, fill, total;
    for (int run = 0; run < Runs; ++run) {
        UserTableModel target;
        QJsonDocument doc;
        std::optional<QList<User>> list;
        std::vector<User> users;
        const double p = elapsedMs([&] { doc = QJsonDocument::fromJson(body); });
        const double d = elapsedMs([&] {
            list = User::listFromJson(doc.array(), nullptr);
            users.assign(std::make_move_iterator(list->begin()), std::make_move_iterator(list->end()));
        });
        const double f = elapsedMs([&] { target.setUsers(std::move(users)); });
        parse.push_back(p);
        decodeOnly.push_back(d);
        fill.push_back(f);
        total.push_back(p + d + f);
    }
    report("json_parse_100k_ms", median(parse));
    report("decode_users_100k_ms", median(decodeOnly));
    report("set_users_100k_ms", median(fill));
    report("json_to_model_100k_ms", median(total));
    // The same through User::listFromUtf8Json, which reads the bytes without a QJsonDocument.
    report("json_bytes_to_model_100k_ms",
           medianMs([] {},
                    [&] {
                        UserTableModel target;
                        auto users = User::listFromUtf8Json(body, nullptr);
                        if (!users || users->size() != UserCount)
                            qFatal("bench: the byte decoder lost users");
                        target.setUsers(std::move(*users));
                        // The generated ids can repeat (32-bit hashes): compare with the model filled above.
                        if (target.rowCount() != model->rowCount())
                            qFatal("bench: the byte decoder and QJsonDocument disagree");
                    }));

    // Sort by name, from another order each time.
    report("sort_by_name_100k_ms",
           medianMs([&] { proxy->sort(UserTableModel::Joined); }, [&] { proxy->sort(UserTableModel::Name); }));
    report("sort_by_name_desc_after_asc_100k_ms",
           medianMs([&] { proxy->sort(UserTableModel::Name); },
                    [&] { proxy->sort(UserTableModel::Name, Qt::DescendingOrder); }));

    // A keystroke narrows the text filter by one character.
    const auto keystroke = [&](const QString &before, const QString &after) {
        return medianMs([&] { proxy->setTextFilter(before); },
                        [&] {
                            proxy->setTextFilter(after);
                            proxy->rowCount();
                        });
    };
    proxy->sort(UserTableModel::Name);
    report("filter_keystroke_user01_sorted_ms", keystroke(u"user01"_s, u"user012"_s));
    report("filter_keystroke_a_al_sorted_ms", keystroke(u"a"_s, u"al"_s));
    report("filter_keystroke_empty_a_sorted_ms", keystroke(QString(), u"a"_s));
    proxy->sort(-1);
    report("filter_keystroke_a_al_unsorted_ms", keystroke(u"a"_s, u"al"_s));
    proxy->setTextFilter(QString());
    proxy->sort(UserTableModel::Name);

    // Refresh with 1% changed: 1,000 roles differ from what the model shows, alternating runs.
    const std::vector<User> original = decode(body);
    std::vector<User> changed = original;
    for (size_t i = 0; i < changed.size(); i += 100)
        changed[i].role = changed[i].role == "admin"_L1 ? u"user"_s : u"admin"_s;
    std::vector<User> next;
    bool toChanged = true;
    const auto prepareRefresh = [&] {
        next = toChanged ? changed : original;
        toChanged = !toChanged;
    };
    report("refresh_1pct_changed_with_proxy_ms", medianMs(prepareRefresh, [&] { model->refresh(std::move(next)); }));
    proxy->setSourceModel(nullptr);
    report("refresh_1pct_changed_model_only_ms", medianMs(prepareRefresh, [&] { model->refresh(std::move(next)); }));

    // Refresh with 1% removed (every 100th row, scattered) and 1% new.
    std::vector<User> churned;
    churned.reserve(original.size());
    for (size_t i = 0; i < original.size(); ++i) {
        if (i % 100 != 50)
            churned.push_back(original[i]);
    }
    for (int i = 0; i < UserCount / 100; ++i)
        churned.push_back(User{u"new%1"_s.arg(i), u"newcomer%1"_s.arg(i), 1800000000, u"user"_s, u"basic"_s});
    report("refresh_1pct_removed_1pct_added_ms",
           medianMs(
                   [&] {
                       model->refresh(std::vector<User>(original));
                       next = churned;
                   },
                   [&] { model->refresh(std::move(next)); }));
    return 0;
}
