using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Sajag.Safety.Chats;
using Sajag.Safety.Check;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Check;

/// <summary>What a check request brought: the chat's bytes or text, and who the young person is. Held in memory only.</summary>
internal sealed record CheckUpload(byte[]? Bytes, string? FileName, string? Text, IFormCollection? Form);

internal static class CheckEndpoints
{
    /// <summary>The largest chat file: 10 MB.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The largest request: the file plus the form around it.</summary>
    public const long MaxRequestBytes = MaxFileBytes + 1024 * 1024;

    // Forms are buffered in memory up to the request limit, so an upload never touches the disk.
    private static readonly FormOptions Form = new()
    {
        MultipartBodyLengthLimit = MaxRequestBytes,
        MemoryBufferThreshold = (int)MaxRequestBytes + 1,
        ValueLengthLimit = (int)MaxRequestBytes,
        ValueCountLimit = 32,
        BufferBody = false,
    };

    public static IEndpointRouteBuilder MapCheck(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/check", CheckAsync).WithTags("Check").DisableAntiforgery()
            .RequireRateLimiting(CheckGate.RatePolicy).WithMetadata(new RefusalText("check.limit.client"))
            .AddEndpointFilter(async (context, next) =>
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var result = await next(context);
                SajagMetrics.Checked(started, result is IStatusCodeHttpResult { StatusCode: { } status } ? status : StatusCodes.Status200OK);
                return result;
            });
        return app;
    }

    /// <summary>Refuses a body that says it is too large before reading a byte of it, and caps one that does not say.</summary>
    public static bool TooLarge(HttpContext context)
    {
        if (context.Request.ContentLength > MaxRequestBytes)
        {
            return true;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxRequestBytes;
        }

        return false;
    }

    /// <summary>Reads the upload: a multipart or urlencoded form (file, text) or the raw file as the body. Null when it was too large.</summary>
    public static async Task<CheckUpload?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(Form, cancellationToken);
                var file = form.Files.GetFile("file");
                if (file is { Length: > 0 })
                {
                    if (file.Length > MaxFileBytes)
                    {
                        return null;
                    }

                    using var memory = new MemoryStream((int)file.Length);
                    await file.CopyToAsync(memory, cancellationToken);
                    return new CheckUpload(memory.ToArray(), file.FileName, null, form);
                }

                return new CheckUpload(null, null, form["text"].ToString(), form);
            }

            using var body = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (body.Length + read > MaxFileBytes)
                {
                    return null;
                }

                body.Write(buffer, 0, read);
            }

            return new CheckUpload(body.ToArray(), request.Headers["X-File-Name"].ToString() is { Length: > 0 } n ? n : null, null, null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        catch (InvalidDataException)
        {
            return null; // the multipart reader's own limits
        }
    }

    private static async Task<Results<Ok<CheckReport>, ProblemHttpResult, TooManyRequests>> CheckAsync(
        HttpContext context, string? me, CheckGate gate, UiLanguage ui, CancellationToken cancellationToken)
    {
        if (TooLarge(context) || await ReadAsync(context.Request, cancellationToken) is not { } upload)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The chat is too large.",
                detail: $"The largest chat Sajag checks is {MaxFileBytes / (1024 * 1024)} MB. Export the chat without media.");
        }

        me ??= upload.Form?["me"].ToString() is { Length: > 0 } m ? m : null;
        var run = await gate.RunAsync(budget => upload.Bytes is { } bytes
            ? ChatCheck.Run(bytes, upload.FileName, me, CheckGate.Limits, budget)
            : ChatCheck.RunText(upload.Text ?? "", me, budget), cancellationToken);
        return run switch
        {
            CheckRun<ChatCheck.Outcome>.Done(var outcome) => Answer(outcome, ui),
            CheckRun<ChatCheck.Outcome>.Busy => new TooManyRequests(gate.RetryAfterSeconds, "check.limit.busy"),
            CheckRun<ChatCheck.Outcome>.OutOfTime => TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: ui["check.limit.time"],
                extensions: new Dictionary<string, object?> { ["code"] = "check-too-long" }),
            _ => throw new InvalidOperationException("A check's run ended in a way the endpoint does not know."),
        };
    }

    private static Results<Ok<CheckReport>, ProblemHttpResult, TooManyRequests> Answer(ChatCheck.Outcome outcome, UiLanguage ui)
    {
        if (outcome.ReadError is { Code: ChatErrors.ZipTooLarge } bomb)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: ui["check.limit.zip"], detail: bomb.Message,
                extensions: new Dictionary<string, object?> { ["code"] = bomb.Code });
        }

        if (outcome.ReadError is { } error)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The chat could not be read.", detail: error.Message,
                extensions: new Dictionary<string, object?> { ["code"] = error.Code });
        }

        if (outcome.MeError is { } who)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Say which participant you are.", detail: who + " Send ?me=NAME.",
                extensions: new Dictionary<string, object?> { ["participants"] = outcome.Participants });
        }

        return TypedResults.Ok(CheckReport.From(outcome.Result!));
    }

    /// <summary>The text a chat was read from, so the page can ask "which one is you?" without keeping anything.</summary>
    public static string? SourceText(CheckUpload upload, out string? fileName, out ChatReadError? error)
    {
        fileName = upload.FileName;
        error = null;
        if (upload.Bytes is { } bytes)
        {
            var (text, name, problem) = ChatReader.Decode(bytes, upload.FileName, CheckGate.Limits);
            fileName = name;
            error = problem;
            return text;
        }

        return upload.Text is { Length: > 0 } t ? t : null;
    }
}
