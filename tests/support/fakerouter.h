// SPDX-License-Identifier: MIT
#pragma once

#include "fakehttpresponse.h"
#include "fakerequestcontext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>

// Starlette's router as FastAPI configures it: exact path match, 405 with Allow when only the
// method differs, a 307 to the other spelling when only a trailing slash differs, else 404.
class FakeRouter final
{
    Q_DISABLE_COPY_MOVE(FakeRouter)

public:
    FakeRouter() = default;

    using Handler = std::function<FakeHttpResponse(FakeRequestContext &)>;

    void add(const QByteArray &method, const QString &path, Handler handler);
    FakeHttpResponse dispatch(FakeRequestContext &context) const;

private:
    struct Route
    {
        QByteArray method;
        QString path;
        Handler handler;
    };

    bool knowsPath(const QString &path) const;

    QList<Route> m_routes;
};
