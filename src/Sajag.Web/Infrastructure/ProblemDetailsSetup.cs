using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Sajag.Web.Features.Live;

namespace Sajag.Web.Infrastructure;

/// <summary>
/// Maps exceptions to RFC 9457 problem details without leaking internals. A refusal of the live feature
/// (<see cref="LiveException"/>) says in the reader's language what was wrong, with its text key for scripts.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            LiveException live => (live.Key is "live.join.code" ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
                httpContext.RequestServices.GetRequiredService<UiLanguage>()[live.Key]),
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read."),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong on our side. Please try again."),
        };
        var details = new ProblemDetails { Status = status, Title = title };
        if (exception is LiveException refusal)
        {
            details.Extensions["key"] = refusal.Key;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = details,
        });
    }
}

internal static class ProblemDetailsSetup
{
    public static WebApplicationBuilder AddSajagProblemDetails(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return builder;
    }

    /// <summary>API errors are problem details; page errors are pages in the reader's language.</summary>
    public static WebApplication UseSajagErrors(this WebApplication app)
    {
        // A refusal (a wrong join code, a locked session) is the user's mistake, not the server's: no error in the log.
        app.UseExceptionHandler(new ExceptionHandlerOptions { SuppressDiagnosticsCallback = c => c.Exception is LiveException });
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), pages => pages.UseStatusCodePagesWithReExecute("/not-found"));
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
