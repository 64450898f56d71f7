using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sajag.Data;
using Sajag.Data.Entities;

namespace Sajag.Web.Features.Accounts;

public sealed class SetupModel(SetupToken setup, UserManager<AdultUser> users, SignInManager<AdultUser> signIn, SajagDb db, Sajag.Web.Infrastructure.UiLanguage ui) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string Organisation { get; set; } = "";

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    public bool Valid => setup.Matches(Token);

    public FormErrors Errors { get; } = new();

    public IActionResult OnGet()
    {
        if (!Valid)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Valid)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Organisation))
        {
            Errors.Add("org", ui["admin.required"]);
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            Errors.Add("name", ui["admin.required"]);
        }

        if (Errors.Any)
        {
            return Page();
        }

        var organisation = new Organisation { Name = Organisation.Trim() };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var admin = new AdultUser { UserName = Email.Trim(), Email = Email.Trim(), DisplayName = Name.Trim(), OrganisationId = organisation.Id };
        var created = await users.CreateAsync(admin, Password);
        if (!created.Succeeded)
        {
            db.Organisations.Remove(organisation);
            await db.SaveChangesAsync();
            Errors.Add(created.Errors, "email", "password");
            return Page();
        }

        await users.AddToRolesAsync(admin, [Roles.Admin, Roles.Facilitator]);
        setup.Spend();
        await signIn.SignInAsync(admin, isPersistent: false);
        return LocalRedirect("/admin");
    }
}
