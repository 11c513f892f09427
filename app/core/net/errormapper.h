// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "responsefacts.h"

#include <QCoreApplication>

#include <optional>

/// The one place that turns a transport error, an HTTP status and an error body into an ApiError.
class ErrorMapper final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMapper)

public:
    static ApiError map(const ResponseFacts &facts);
    /// For answers that arrived fine but could not be read as the expected data.
    static ApiError badResponse(const QUrl &url, const QString &problem);
    /// The official client's rule: a server that names no API version, or one too old, is not usable.
    static ApiError checkServerVersion(const QUrl &url, std::optional<int> serverApiVersion, bool headerPresent);

private:
    static ApiError transportError(const ResponseFacts &facts);
    static ApiError httpError(const ResponseFacts &facts);
    static ApiError unauthorized(const ResponseFacts &facts);
};
