// SPDX-License-Identifier: MIT
#include "fakerouter.h"

#include <utility>

using namespace Qt::StringLiterals;

void FakeRouter::add(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.append({method, path, std::move(handler)});
}

FakeHttpResponse FakeRouter::dispatch(FakeRequestContext &context) const
{
    const Route *partial = nullptr;
    for (const Route &route : m_routes) {
        if (route.path != context.path)
            continue;
        if (route.method == context.method)
            return route.handler(context);
        if (!partial)
            partial = &route;
    }
    if (partial) {
        FakeHttpResponse response = FakeHttpResponse::detail(405, u"Method Not Allowed"_s);
        response.setHeader("allow"_ba, partial->method);
        return response;
    }

    // redirect_slashes: try the path with the trailing slash removed (or added).
    if (context.path != u"/"_s) {
        const QString other = context.path.endsWith(u'/') ? context.path.chopped(1) : context.path + u'/';
        if (knowsPath(other)) {
            QUrl location = context.url;
            location.setPath(other);
            FakeHttpResponse response(307, QByteArray(), QByteArray());
            response.setHeader("location"_ba, location.toEncoded());
            return response;
        }
    }
    return FakeHttpResponse::detail(404, u"Not Found"_s);
}

bool FakeRouter::knowsPath(const QString &path) const
{
    for (const Route &route : m_routes) {
        if (route.path == path)
            return true;
    }
    return false;
}
