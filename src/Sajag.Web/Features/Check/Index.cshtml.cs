using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sajag.Content;
using Sajag.Safety.Chats;
using Sajag.Safety.Check;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Check;

/// <summary>
/// Check a chat: paste or upload, choose who you are, read the result, through the same pipeline as <c>POST /api/check</c>
/// and <c>sajag check</c> (<see cref="ChatCheck"/>). The chat lives only in this request's memory and is never written
/// back into the page: to ask "which one is you?", the page's script asks <c>/api/check</c> and sends the file again
/// with the name chosen; without the script, the question comes with the chat's fields to fill in again.
/// </summary>
[IgnoreAntiforgeryToken] // validated in OnPostAsync, after the size check, so an oversized upload is refused unread
[EnableRateLimiting(CheckGate.RatePolicy)]
[RefusalText("check.limit.client")]
public sealed class IndexModel(IAntiforgery antiforgery, UiLanguage ui, PackCatalog catalog, CheckGate gate) : PageModel
{
    public string? ErrorKey { get; private set; }

    public CheckResult? Result { get; private set; }

    public IReadOnlyList<string> People { get; private set; } = [];

    public string? Me { get; private set; }

    public bool AskWho { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (CheckEndpoints.TooLarge(HttpContext) || await CheckEndpoints.ReadAsync(Request, cancellationToken) is not { Form: { } form } upload)
        {
            return Problem("check.error.too-large", StatusCodes.Status413PayloadTooLarge);
        }

        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return Problem("check.error.form", StatusCodes.Status400BadRequest);
        }

        if (form["lang"].ToString() is { } lang && UiLanguage.Supported.Contains(lang))
        {
            ui.Code = lang;
        }

        Me = form["me"].ToString() is { Length: > 0 } me ? me.Trim() : null;
        if (upload.Bytes is null && string.IsNullOrWhiteSpace(upload.Text))
        {
            return Problem("check.error.nothing", StatusCodes.Status400BadRequest);
        }

        var who = Me;
        var run = await gate.RunAsync(budget => upload.Bytes is { } bytes
            ? ChatCheck.Run(bytes, upload.FileName, who, CheckGate.Limits, budget)
            : ChatCheck.RunText(upload.Text!, who, budget), cancellationToken);
        ChatCheck.Outcome outcome;
        switch (run)
        {
            case CheckRun<ChatCheck.Outcome>.Done(var done):
                outcome = done;
                break;
            case CheckRun<ChatCheck.Outcome>.Busy:
                Response.Headers.RetryAfter = gate.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Problem("check.limit.busy", StatusCodes.Status429TooManyRequests);
            default:
                return Problem("check.limit.time", StatusCodes.Status503ServiceUnavailable);
        }

        if (outcome.ReadError is { } error)
        {
            return Problem(ErrorFor(error.Code), StatusCodes.Status400BadRequest);
        }

        People = outcome.Participants;
        if (outcome.MeError is not null)
        {
            AskWho = true;
            ErrorKey = Me is null ? null : "check.error.me";
            return Page();
        }

        Result = outcome.Result;
        Me = Result!.Me;
        return Page();
    }

    /// <summary>The first lesson that teaches a sign.</summary>
    public Topic? LessonFor(string code) => catalog.Pack.Topics.FirstOrDefault(t => t.Signs.Contains(code));

    public IEnumerable<Helpline> Helplines(bool images) =>
        catalog.Pack.Helplines.Where(h => h.Number is not null || (images && h.Id == "take-it-down"));

    private PageResult Problem(string key, int status)
    {
        ErrorKey = key;
        Response.StatusCode = status;
        return Page();
    }

    private static string ErrorFor(string code) => code switch
    {
        ChatErrors.Empty => "check.error.empty",
        ChatErrors.Image => "check.error.image",
        ChatErrors.Bijoy => "check.error.bijoy",
        ChatErrors.TooLarge => "check.error.too-large",
        ChatErrors.NoMessages => "check.error.no-messages",
        ChatErrors.JsonBroken or ChatErrors.JsonUnknown => "check.error.json",
        _ when code.StartsWith("zip", StringComparison.Ordinal) => "check.error.zip",
        _ => "check.error.binary",
    };
}
