using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sajag.Content;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Learn;

public sealed class TopicModel(PackCatalog catalog) : PageModel
{
    public Topic? Topic { get; private set; }

    public Topic? Previous { get; private set; }

    public Topic? Next { get; private set; }

    public IActionResult OnGet(string topicId)
    {
        var topics = catalog.Pack.Topics;
        var index = topics.ToList().FindIndex(t => t.Id == topicId);
        if (index < 0)
        {
            return NotFound();
        }

        Topic = topics[index];
        Previous = index > 0 ? topics[index - 1] : null;
        Next = index < topics.Count - 1 ? topics[index + 1] : null;
        return Page();
    }
}
