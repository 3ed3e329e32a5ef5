#pragma once

#include "sandbox/HttpReply.h"
#include "sandbox/SandboxTypes.h"

#include <functional>
#include <optional>

// What to do with one request: answer (possibly after a delay), hold it forever, or drop the socket.
struct HttpAction
{
    enum class Kind
    {
        Reply,
        Hang,
        Close
    };
    Kind kind = Kind::Reply;
    HttpReply reply;
    int delayMs = 0;
    bool closeAfter = false; // close the connection after the answer (e.g. a body that was not read)
};

// How the socket side hands requests to the server, in two steps so that nothing of a refused body is
// kept: `screen` sees the head (method, path, headers, declared body size) before any body byte is
// kept and may refuse the request; `handle` then gets the whole request, or for a refused one the head
// and the first RecordedRequest::kLoggedBodyBytes of the body together with the refusal.
struct HttpHandlers
{
    std::function<std::optional<HttpAction>(const RecordedRequest& head)> screen;
    std::function<HttpAction(const RecordedRequest& request, const std::optional<HttpAction>& refusal)>
        handle;
};
