// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

// One way for the double to misbehave instead of answering normally. These stand for things that
// happen between a client and the API server (a proxy, a load balancer, a crashing worker), so
// they are double-only: a contract test against a real server cannot use them.
struct FakeFault
{
    enum class Kind {
        Hang, // read the request, never answer, keep the socket open
        SlowDrip, // the normal answer: head at once, body `chunkBytes` every `intervalMs`
        TruncatedBody, // 200, Content-Length: 100, 21 bytes of JSON, close
        CloseWithoutResponse, // read the request, close without sending a byte
        Html502, // nginx's "502 Bad Gateway" page, text/html
        Traceback500, // uvicorn debug 500: text/plain traceback ending in a RuntimeError
        Redirect, // `status` with Location: `target` (same- or cross-origin)
        HtmlPage200, // a login page (200, text/html, with a <title>)
        Status429, // 429 with Retry-After: `retryAfterSeconds`
        Status503, // 503 {"detail":"Server is shutting down, please try again later."}
        OversizedBody, // 200 with `sizeMiB` MiB of valid JSON
    };

    Kind kind = Kind::Hang;
    int chunkBytes = 4;
    int intervalMs = 20;
    QUrl target;
    int status = 307;
    int retryAfterSeconds = 1;
    int sizeMiB = 1;
    QString message; // Traceback500's last line; empty: the per-user lock timeout

    static FakeFault hang();
    static FakeFault slowDrip(int chunkBytes = 4, int intervalMs = 20);
    static FakeFault truncatedBody();
    static FakeFault closeWithoutResponse();
    static FakeFault html502();
    static FakeFault traceback500(const QString &runtimeErrorMessage = QString());
    static FakeFault redirectTo(const QUrl &target, int status = 307);
    static FakeFault htmlPage200();
    static FakeFault status429(int retryAfterSeconds = 1);
    static FakeFault status503();
    static FakeFault oversizedBody(int sizeMiB);
};
