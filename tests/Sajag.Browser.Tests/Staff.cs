using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sajag.Data;
using Sajag.Data.Entities;

namespace Sajag.Browser.Tests;

/// <summary>Adults for browser tests: an organisation with a school, and a signed-in facilitator or admin.</summary>
internal static class Staff
{
    public const string Password = "a long enough password";

    /// <summary>Creates an adult of a new organisation with one school; returns the email.</summary>
    public static async Task<string> CreateAsync(BrowserFixture fixture, bool admin)
    {
        var email = $"{(admin ? "a" : "f")}{Guid.NewGuid():N}@example.org";
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AdultUser>>();
        var organisation = new Organisation { Name = "CWCS" };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        db.Schools.Add(new School { OrganisationId = organisation.Id, Name = "Dhaka Model School", District = "Dhaka", Setting = SchoolSetting.Urban });
        await db.SaveChangesAsync();
        var user = new AdultUser { UserName = email, Email = email, DisplayName = admin ? "Programme lead" : "Teacher", OrganisationId = organisation.Id };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRolesAsync(user, admin ? [Roles.Admin, Roles.Facilitator] : [Roles.Facilitator]);
        return email;
    }

    /// <summary>Signs the adult in through the sign-in page and lands on their sessions.</summary>
    public static async Task SignInAsync(BrowserFixture fixture, IPage page, string email)
    {
        await page.GotoAsync(fixture.BaseUrl + "/account/login?lang=en");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/facilitator$"));
    }
}
