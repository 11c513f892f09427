// SPDX-License-Identifier: MIT
// The window stays responsive while 10,000 users are imported into a slow server (issue 6 §5): the
// whole ImportFlow (preview read off the GUI thread, then chunks of 100 through /users/import and
// one-by-one creates, progress dialog, then the result listing every row) against the in-process
// double, run on its own thread as a remote server would be, answering slowly (bcrypt per user and a
// body dripped out over ~100 ms per call). A 5 ms timer on the GUI thread measures how late the event
// loop gets to it. Prints "bench: <name>=<value>" lines; never fails on timing.
#include "fakeskypilotserver.h"
#include "importdialog.h"
#include "importflow.h"
#include "importresultdialog.h"
#include "net/apiclient.h"
#include "net/skypilotapi.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int UserCount = 10'000;
constexpr int TickMs = 5;
const QString AdminName = u"admin"_s;
const QString AdminPassword = u"admin-Pa55word!"_s;

/// Gaps between ticks of a precise 5 ms timer: a gap well above 5 ms is time the loop was busy.
class LoopLatencyMeter final
{
public:
    LoopLatencyMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 gapUs = (now - m_last) / 1000;
            m_gapsUs.push_back(gapUs);
            if (gapUs > m_maxGapUs) {
                m_maxGapUs = gapUs;
                m_maxGapEndMs = now / 1'000'000;
            }
            m_last = now;
        });
    }
    void start()
    {
        m_gapsUs.clear();
        m_maxGapUs = 0;
        m_maxGapEndMs = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void print(const char *phase)
    {
        std::vector<qint64> sorted = m_gapsUs;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&sorted](double q) {
            return sorted.empty()
                    ? 0.0
                    : double(sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size())))]) / 1000.0;
        };
        std::printf("bench: %s_loop_gap_max_ms=%.1f\n", phase, sorted.empty() ? 0.0 : double(sorted.back()) / 1000.0);
        std::printf("bench: %s_loop_gap_max_ended_at_ms=%lld\n", phase, m_maxGapEndMs);
        std::printf("bench: %s_loop_gap_p99_ms=%.1f\n", phase, at(0.99));
        std::printf("bench: %s_loop_gap_p50_ms=%.1f\n", phase, at(0.50));
        std::printf("bench: %s_loop_ticks=%zu\n", phase, sorted.size());
        std::fflush(stdout);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<qint64> m_gapsUs;
    qint64 m_maxGapUs = 0;
    qint64 m_maxGapEndMs = 0;
};

/// 10,000 new users; every hundredth has a comma in its password and goes through /users/create.
QByteArray usersCsv()
{
    QByteArray csv = "username,password,role\n";
    for (int i = 0; i < UserCount; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "bench" + n + (i % 100 == 7 ? ",\"pw," : ",pw-") + n + (i % 100 == 7 ? "-Secret!\"" : "-Secret!");
        csv += i % 3 == 0 ? ",viewer\n" : ",user\n";
    }
    return csv;
}

template<typename Function>
void onServerThread(FakeSkyPilotServer *server, Function function)
{
    QMetaObject::invokeMethod(server, function, Qt::BlockingQueuedConnection);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);

    // The double on its own thread: its bcrypt work and slow answers must not count against our loop,
    // just as a remote server's would not.
    QThread serverThread;
    serverThread.start();
    auto *server = new FakeSkyPilotServer(AdminName, AdminPassword);
    server->moveToThread(&serverThread);
    QUrl baseUrl;
    bool started = false;
    onServerThread(server, [&] {
        started = server->start();
        // A slow server: each answer's body trickles out 8 bytes every 10 ms (about 100 ms a call).
        server->setFault(u"/users/import"_s, FakeFault::slowDrip(8, 10));
        server->setFault(u"/users/create"_s, FakeFault::slowDrip(8, 10));
        baseUrl = server->baseUrl();
    });
    if (!started) {
        std::fprintf(stderr, "the double did not start\n");
        return 1;
    }

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setServerUrl(baseUrl);
    client.setCredentials(Credentials{AdminName, Secret::fromString(AdminPassword)});
    SkyPilotApi api(client);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"users.csv"_s);
    {
        QFile file(path);
        const QByteArray csv = usersCsv();
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            return 1;
    }

    QWidget window;
    window.resize(900, 600);
    window.show();
    ImportFlow flow(api, &window);
    LoopLatencyMeter meter;

    // The baseline: the same timer with nothing to do, so the figures below can be read against what
    // this (shared, loaded) machine gives an idle loop.
    meter.start();
    QTest::qWait(2000);
    meter.stop();
    meter.print("idle");

    // The preview: read, parse and classify off the GUI thread, then shown.
    QElapsedTimer clock;
    meter.start();
    clock.start();
    flow.start(path, {});
    auto *dialog = window.findChild<ImportDialog *>();
    auto *confirm = dialog ? dialog->findChild<QCheckBox *>(u"confirmCheck"_s) : nullptr;
    if (!confirm || !QTest::qWaitFor([confirm] { return confirm->isEnabled(); }, 120'000)) {
        std::fprintf(stderr, "the preview did not become ready\n");
        return 1;
    }
    const qint64 previewMs = clock.elapsed();
    meter.stop();
    std::printf("bench: import_preview_%d_ms=%lld\n", UserCount, previewMs);
    meter.print("import_preview");

    // The send: progress dialog, chunks, creates, and the result dialog listing all 10,000 rows.
    confirm->click();
    QPushButton *import = nullptr;
    for (QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons()) {
        if (button->text() == u"&Import"_s)
            import = qobject_cast<QPushButton *>(button);
    }
    meter.start();
    clock.restart();
    import->click();
    ImportResultDialog *result = nullptr;
    const bool done = QTest::qWaitFor(
            [&] {
                result = window.findChild<ImportResultDialog *>();
                return result && result->isVisible();
            },
            900'000);
    const qint64 sendMs = clock.elapsed();
    QTest::qWait(200); // the result dialog's first paint is part of the import too
    meter.stop();
    if (!done) {
        std::fprintf(stderr, "the import did not finish\n");
        return 1;
    }
    std::printf("bench: import_send_%d_ms=%lld\n", UserCount, sendMs);
    meter.print("import_send");
    std::printf("bench: import_result=%s\n", qPrintable(result->summary()));
    int chunks = 0;
    int creates = 0;
    onServerThread(server, [&] {
        chunks = server->requestCount(u"/users/import"_s);
        creates = server->requestCount(u"/users/create"_s);
    });
    std::printf("bench: import_requests=%d chunks, %d creates\n", chunks, creates);
    std::fflush(stdout);

    // Deleted on its own thread: the thread runs pending deferred deletes as it finishes.
    server->deleteLater();
    serverThread.quit();
    serverThread.wait();
    return 0;
}
