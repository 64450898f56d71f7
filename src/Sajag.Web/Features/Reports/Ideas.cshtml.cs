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
        Ideas = await QueryAsync(db, await ReportEndpoints.OrganisationOfAsync(User, db, cancel), Topic, cancel);
    }

    public static async Task<IReadOnlyList<Idea>> QueryAsync(SajagDb db, int? organisationId, string topic, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ideas = db.Ideas.AsNoTracking().Where(i => organisationId == null || i.OrganisationId == organisationId);
        if (!string.IsNullOrEmpty(topic))
        {
            ideas = ideas.Where(i => i.TopicId == topic);
        }

        return await ideas.OrderBy(i => i.TopicId).ThenByDescending(i => i.StarredOn).ThenByDescending(i => i.Id).ToListAsync(cancel);
    }
}
