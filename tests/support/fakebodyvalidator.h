// SPDX-License-Identifier: MIT
#pragma once

#include "fakehttpresponse.h"
#include "fakerequestcontext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

// FastAPI + pydantic v2 (lax mode) validation of a JSON body model, down to the 422 body:
// {"detail":[{"type":"missing","loc":["body","username"],"msg":"Field required","input":{...}}]}.
class FakeBodyValidator final
{
public:
    FakeBodyValidator() = delete;

    enum class Type { Str, OptionalStr, OptionalInt, StrList };

    struct Field
    {
        QString name;
        Type type;
    };

    // The validated body (integers coerced, unknown keys kept but ignored) or the 422 response.
    static std::variant<QJsonObject, FakeHttpResponse> validate(const FakeRequestContext &context,
                                                                const QList<Field> &fields);
};
