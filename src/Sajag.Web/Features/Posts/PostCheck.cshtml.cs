using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sajag.Safety.Posts;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Posts;

/// <summary>Before you post: the draft is checked in memory on POST and shown back marked; nothing is stored or logged.</summary>
[EnableRateLimiting(RateLimits.PostCheck)]
public sealed class PostCheckModel(HtmlEncoder encoder, PackCatalog catalog, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Draft { get; set; }

    public IReadOnlyList<PersonalDetail>? Details { get; private set; }

    /// <summary>The interface-text key of what was wrong with the draft, if anything.</summary>
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        // The page now carries the draft: no cache may keep it.
        Response.Headers.CacheControl = "no-store";
        if (string.IsNullOrWhiteSpace(Draft))
        {
            Error = "posts.empty";
        }
        else if (Draft.Length > PostCheck.MaxLength)
        {
            Error = "posts.toolong";
        }
        else
        {
            Details = PersonalDetailFinder.Find(Draft, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), catalog.SafeContacts);
        }

        return Page();
    }

    /// <summary>The draft as HTML with each detail in a numbered &lt;mark&gt;; the draft's own text is always encoded.</summary>
    public IHtmlContent Marked(Func<string, string> digits)
    {
        var draft = Draft ?? "";
        var html = new StringBuilder();
        var at = 0;
        var number = 0;
        foreach (var detail in Details ?? [])
        {
            html.Append(encoder.Encode(draft[at..detail.Start]));
            html.Append("<mark data-kind=\"").Append(detail.Code).Append("\">").Append(encoder.Encode(detail.Text))
                .Append("<sup>").Append(digits((++number).ToString(CultureInfo.InvariantCulture))).Append("</sup></mark>");
            at = detail.End;
        }

        html.Append(encoder.Encode(draft[at..]));
        return new HtmlString(html.ToString());
    }
}
