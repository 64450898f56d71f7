using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Accounts;

[Authorize(Policy = AccountsSetup.AdminPolicy)]
public sealed class AdminModel(SajagDb db, UserManager<AdultUser> users, UiLanguage ui, Microsoft.Extensions.Options.IOptions<Reports.RetentionOptions> retention) : PageModel
{
    public IReadOnlyList<School> Schools { get; private set; } = [];

    public IReadOnlyList<AdultUser> Facilitators { get; private set; } = [];

    public string? Message { get; private set; }

    /// <summary>Days individual answers are kept after a session ends.</summary>
    public int RetentionDays => retention.Value.Days;

    public int Purged { get; private set; }

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    [BindProperty]
    public string SchoolName { get; set; } = "";

    [BindProperty]
    public string District { get; set; } = "";

    [BindProperty]
    public SchoolSetting Setting { get; set; }

    [BindProperty]
    public string FacilitatorName { get; set; } = "";

    [BindProperty]
    public string FacilitatorEmail { get; set; } = "";

    [BindProperty]
    public string FacilitatorPassword { get; set; } = "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostSchoolAsync()
    {
        var organisationId = (await users.GetUserAsync(User))?.OrganisationId;
        if (organisationId is null || string.IsNullOrWhiteSpace(SchoolName) || string.IsNullOrWhiteSpace(District))
        {
            Message = ui["admin.invalid"];
        }
        else
        {
            db.Schools.Add(new School { OrganisationId = organisationId.Value, Name = SchoolName.Trim(), District = District.Trim(), Setting = Setting });
            await db.SaveChangesAsync();
            Message = ui["admin.saved"];
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostFacilitatorAsync()
    {
        var organisationId = (await users.GetUserAsync(User))?.OrganisationId;
        // Empty fields bind as null, and a password of spaces only is no password: a clear message, never a 500.
        var complete = !string.IsNullOrWhiteSpace(FacilitatorName) && !string.IsNullOrWhiteSpace(FacilitatorEmail) && !string.IsNullOrWhiteSpace(FacilitatorPassword);
        var user = new AdultUser { UserName = FacilitatorEmail?.Trim(), Email = FacilitatorEmail?.Trim(), DisplayName = FacilitatorName?.Trim() ?? "", OrganisationId = organisationId };
        var created = complete ? await users.CreateAsync(user, FacilitatorPassword) : IdentityResult.Failed();
        if (created.Succeeded)
        {
            await users.AddToRoleAsync(user, Roles.Facilitator);
            Message = ui["admin.saved"];
        }
        else
        {
            Message = string.Join(" ", created.Errors.Select(e => e.Description).DefaultIfEmpty(ui["admin.invalid"]));
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var me = users.GetUserId(User)!;
        Schools = await db.SchoolsOf(me).AsNoTracking().OrderBy(s => s.Name).ToListAsync();
        Facilitators = await db.FacilitatorsOf(me).AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync();
        Purged = await db.LiveSessions.CountAsync(s => s.PurgedAt != null);
        Audit = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(50).ToListAsync();
    }
}
