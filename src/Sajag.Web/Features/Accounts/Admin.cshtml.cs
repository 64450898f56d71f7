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

    /// <summary>What was just saved, shown in the success style.</summary>
    public string? Saved { get; private set; }

    /// <summary>What was wrong with the form just sent, by field.</summary>
    public FormErrors Errors { get; } = new();

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
        if (string.IsNullOrWhiteSpace(SchoolName))
        {
            Errors.Add("school-name", ui["admin.required"]);
        }

        if (string.IsNullOrWhiteSpace(District))
        {
            Errors.Add("district", ui["admin.required"]);
        }

        if (organisationId is null)
        {
            Errors.Add("school-name", ui["admin.invalid"]);
        }

        if (!Errors.Any)
        {
            db.Schools.Add(new School { OrganisationId = organisationId!.Value, Name = SchoolName.Trim(), District = District.Trim(), Setting = Setting });
            await db.SaveChangesAsync();
            Saved = string.Format(System.Globalization.CultureInfo.InvariantCulture, ui["admin.school.saved"], SchoolName.Trim());
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostFacilitatorAsync()
    {
        var organisationId = (await users.GetUserAsync(User))?.OrganisationId;
        // Empty fields bind as null, and a password of spaces only is no password: a clear message, never a 500.
        var user = new AdultUser { UserName = FacilitatorEmail?.Trim(), Email = FacilitatorEmail?.Trim(), DisplayName = FacilitatorName?.Trim() ?? "", OrganisationId = organisationId };
        if (string.IsNullOrWhiteSpace(FacilitatorName))
        {
            Errors.Add("f-name", ui["admin.required"]);
        }

        if (string.IsNullOrWhiteSpace(FacilitatorEmail))
        {
            Errors.Add("f-email", ui["admin.required"]);
        }

        if (string.IsNullOrWhiteSpace(FacilitatorPassword))
        {
            Errors.Add("f-password", ui["admin.required"]);
        }

        var created = Errors.Any ? IdentityResult.Failed() : await users.CreateAsync(user, FacilitatorPassword);
        if (created.Succeeded)
        {
            await users.AddToRoleAsync(user, Roles.Facilitator);
            Saved = string.Format(System.Globalization.CultureInfo.InvariantCulture, ui["admin.facilitator.saved"], user.DisplayName);
        }
        else
        {
            Errors.Add(created.Errors, "f-email", "f-password");
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
