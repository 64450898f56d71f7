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
/// Check a chat: paste or upload, choose who you are, read the result. The chat lives only in this request's memory;
/// to ask "which one is you?" the page hands the text back to the browser in the form instead of keeping it.
/// </summary>
[IgnoreAntiforgeryToken] // validated in OnPostAsync, after the size check, so an oversized upload is refused unread
[EnableRateLimiting(CheckGate.RatePolicy)]
[RefusalText("check.limit.client")]
public sealed class IndexModel(IAntiforgery antiforgery, UiLanguage ui, PackCatalog catalog, CheckGate gate) : PageModel
{
    public string? ErrorKey { get; private set; }

    public CheckResult? Result { get; private set; }

    public IReadOnlyList<string> People { get; private set; } = [];

    public string? Source { get; private set; }

    public string? SourceName { get; private set; }

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
        string? text;
        string? name;
        if (form["source"].ToString() is { Length: > 0 } source)
        {
            (text, name) = (source, form["sourceName"].ToString() is { Length: > 0 } n ? n : null);
        }
        else
        {
            text = CheckEndpoints.SourceText(upload, out name, out var error);
            if (error is not null)
            {
                return Problem(ErrorFor(error.Code), StatusCodes.Status400BadRequest);
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Problem("check.error.nothing", StatusCodes.Status400BadRequest);
        }

        var read = ChatReader.ReadText(text, name);
        if (read.Chat is not { } chat)
        {
            return Problem(ErrorFor(read.Error!.Code), StatusCodes.Status400BadRequest);
        }

        (Source, SourceName, People) = (text, name, chat.Participants);
        var choice = Participants.Resolve(chat, Me);
        if (!choice.IsSettled)
        {
            AskWho = true;
            ErrorKey = Me is null ? null : "check.error.me";
            return Page();
        }

        Me = choice.Me;
        var run = await gate.RunAsync(budget => ConversationCheck.Run(chat, choice.Me, cancellationToken: budget), cancellationToken);
        switch (run)
        {
            case CheckRun<CheckResult>.Done(var result):
                Result = result;
                return Page();
            case CheckRun<CheckResult>.Busy:
                Response.Headers.RetryAfter = gate.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Problem("check.limit.busy", StatusCodes.Status429TooManyRequests);
            default:
                return Problem("check.limit.time", StatusCodes.Status503ServiceUnavailable);
        }
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
