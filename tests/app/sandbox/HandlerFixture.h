#pragma once
// The simulator's state for testing one endpoint handler alone: what the engine would pass it
// once the route, the token and the rate window have let the request through.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include "common/Clock.h"
#include "sandbox/SimMessageBook.h"
#include "sandbox/SimOrderBook.h"
#include "sandbox/SimTokens.h"
#include "sandbox/SimulatorOptions.h"
#include "sandbox/handlers/SimHandler.h"

struct HandlerFixture
{
    HandlerFixture()
    {
        state.clock = &clock;
        state.options = &options;
        state.tokens = &tokens;
        state.orders = &orders;
        state.messages = &messages;
    }

    // Answers as the handler would to a POST of body from account; json: the answer parsed.
    portdesk::sandbox::SimReply post(portdesk::sandbox::SimHandler &handler, const QJsonObject &body,
                                     const QString &account = QStringLiteral("DID-sandbox"))
    {
        portdesk::sandbox::SimRequest request;
        request.method = "POST";
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        portdesk::sandbox::SimReply reply = handler.handle(request, account);
        json = QJsonDocument::fromJson(reply.body).object();
        return reply;
    }
    // Answers as the handler would to a GET with this query string (as sent, e.g. "Number=%2B1801...").
    portdesk::sandbox::SimReply get(portdesk::sandbox::SimHandler &handler, const QString &query,
                                    const QString &account = QStringLiteral("DID-sandbox"))
    {
        portdesk::sandbox::SimRequest request;
        request.method = "GET";
        request.query = QUrlQuery(query);
        portdesk::sandbox::SimReply reply = handler.handle(request, account);
        json = QJsonDocument::fromJson(reply.body).object();
        return reply;
    }
    // The first message a 400 problem answer gives for key, empty when it names none.
    QString problem(const QString &key) const
    {
        return json.value(QStringLiteral("errors")).toObject().value(key).toArray().first().toString();
    }

    portdesk::ManualClock clock{1'767'225'600'500};
    portdesk::sandbox::SimulatorOptions options;
    portdesk::sandbox::SimTokens tokens;
    portdesk::sandbox::SimOrderBook orders{60'000}; // one stage a minute
    portdesk::sandbox::SimMessageBook messages;
    portdesk::sandbox::SimState state;
    QJsonObject json;
};
