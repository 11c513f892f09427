// SPDX-License-Identifier: MIT
#pragma once

#include "retrypolicy.h"

#include <QtGlobal>

/// The bounds every call runs within. Tests shrink them; the defaults suit a person waiting.
struct ClientLimits
{
    int transferTimeoutMs = 30'000; ///< no byte moved for this long: the call times out
    int deadlineMs = 120'000; ///< the whole call, redirects and retries included
    int maxRedirects = 5; ///< same-origin GET redirects followed
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    RetryPolicy retry;
};
