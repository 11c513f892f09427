// SPDX-License-Identifier: MIT
#pragma once

#include "apireply.h"

#include <QPointer>

#include <optional>
#include <utility>

/// The body of a call that answers nothing but success (the server sends JSON null).
struct Done
{ };

/// What a finished call delivers: a value, or an error saying why not.
template<typename T>
struct Result
{
    ApiError error;
    std::optional<T> value;

    bool ok() const { return !error.isError() && value.has_value(); }
};

/// A typed handle on one call in flight. Copies are cheap and refer to the same call.
template<typename T>
class Reply final
{
public:
    explicit Reply(ApiReply *raw)
        : m_raw(raw)
    { }

    ApiReply *raw() const { return m_raw; }
    void abort() const
    {
        if (m_raw)
            m_raw->abort();
    }

    /// Calls handler(Result<T>) once when the call finishes, unless context is destroyed first.
    template<typename Handler>
    void onFinished(const QObject *context, Handler &&handler) const
    {
        ApiReply *raw = m_raw;
        QObject::connect(
                raw, &ApiReply::finished, context,
                [raw, handler = std::forward<Handler>(handler)]() mutable {
                    Result<T> result;
                    result.error = raw->error();
                    if (!result.error.isError())
                        result.value = std::any_cast<T>(raw->takeValue());
                    handler(std::move(result));
                },
                Qt::SingleShotConnection);
    }

private:
    QPointer<ApiReply> m_raw;
};
