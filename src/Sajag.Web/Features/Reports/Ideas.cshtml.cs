using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Web.Features.Accounts;

namespace Sajag.Web.Features.Reports;

/// <summary>The organisation's collection of young people's ideas, by topic: anonymous, unlinked to any session.</summary>
[Authorize(Policy = AccountsSetup.AdminPolicy)]
public sealed class IdeasModel(SajagDb db) : PageModel
{
    public IReadOnlyList<Idea> Ideas { get; private set; } = [];

    public string Topic { get; private set; } = "";

    public async Task OnGetAsync(string? topic, CancellationToken cancel)
    {
        Topic = topic ?? "";
        Ideas = await QueryAsync(db, User.FindFirstValue(ClaimTypes.NameIdentifier)!, Topic, cancel);
    }

    /// <summary>The ideas of the user's organisation (none for an adult without one), of one topic or all.</summary>
    public static async Task<IReadOnlyList<Idea>> QueryAsync(SajagDb db, string userId, string topic, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ideas = db.IdeasOf(userId).AsNoTracking();
        if (!string.IsNullOrEmpty(topic))
        {
            ideas = ideas.Where(i => i.TopicId == topic);
        }

        return await ideas.OrderBy(i => i.TopicId).ThenByDescending(i => i.StarredOn).ThenByDescending(i => i.Id).ToListAsync(cancel);
    }
}
