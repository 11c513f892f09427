// SPDX-License-Identifier: MIT
#include "fakefault.h"

namespace {

FakeFault ofKind(FakeFault::Kind kind)
{
    FakeFault fault;
    fault.kind = kind;
    return fault;
}

} // namespace

FakeFault FakeFault::hang()
{
    return ofKind(Kind::Hang);
}

FakeFault FakeFault::slowDrip(int chunkBytes, int intervalMs)
{
    FakeFault fault = ofKind(Kind::SlowDrip);
    fault.chunkBytes = qMax(1, chunkBytes);
    fault.intervalMs = qMax(0, intervalMs);
    return fault;
}

FakeFault FakeFault::truncatedBody()
{
    return ofKind(Kind::TruncatedBody);
}

FakeFault FakeFault::closeWithoutResponse()
{
    return ofKind(Kind::CloseWithoutResponse);
}

FakeFault FakeFault::html502()
{
    return ofKind(Kind::Html502);
}

FakeFault FakeFault::traceback500(const QString &runtimeErrorMessage)
{
    FakeFault fault = ofKind(Kind::Traceback500);
    fault.message = runtimeErrorMessage;
    return fault;
}

FakeFault FakeFault::redirectTo(const QUrl &target, int status)
{
    FakeFault fault = ofKind(Kind::Redirect);
    fault.target = target;
    fault.status = status;
    return fault;
}

FakeFault FakeFault::htmlPage200()
{
    return ofKind(Kind::HtmlPage200);
}

FakeFault FakeFault::status429(int retryAfterSeconds)
{
    FakeFault fault = ofKind(Kind::Status429);
    fault.retryAfterSeconds = retryAfterSeconds;
    return fault;
}

FakeFault FakeFault::status503()
{
    return ofKind(Kind::Status503);
}

FakeFault FakeFault::oversizedBody(int sizeMiB)
{
    FakeFault fault = ofKind(Kind::OversizedBody);
    fault.sizeMiB = qMax(1, sizeMiB);
    return fault;
}
