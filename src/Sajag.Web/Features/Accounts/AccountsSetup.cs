using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Web.Features.Live;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Accounts;

/// <summary>The one-time link that creates the first admin; it exists only while there is no admin.</summary>
public sealed class SetupToken
{
    private string? _token;

    public string? Current => _token;

    public void Issue() => _token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public bool Matches(string? token) =>
        _token is not null && token is not null && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(_token), System.Text.Encoding.UTF8.GetBytes(token));

    public void Spend() => _token = null;
}

internal static class AccountsSetup
{
    public const string AdminPolicy = "admin";

    /// <summary>Adult accounts only (ASP.NET Core Identity): hashed passwords, lockout, secure cookies.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.AddIdentityCore<AdultUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // ASVS 5.0 level 2: at least 12 characters, no composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SajagDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "sajag-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/login";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin))
            .AddPolicy(LiveSetup.FacilitatorPolicy, p => p.RequireRole(Roles.Facilitator, Roles.Admin));
        builder.Services.AddSingleton<SetupToken>();
        return builder;
    }

    /// <summary>Creates the roles, and when there is no admin yet, prints the one-time setup link.</summary>
    public static async Task PrepareAccountsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { Roles.Admin, Roles.Facilitator })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var db = scope.ServiceProvider.GetRequiredService<SajagDb>();
        var adminRole = await roles.FindByNameAsync(Roles.Admin);
        if (!await db.UserRoles.AnyAsync(r => r.RoleId == adminRole!.Id))
        {
            var token = app.Services.GetRequiredService<SetupToken>();
            token.Issue();
            var url = JoinAddress.OnThisMachine(app.Configuration["Urls"]);
            app.Logger.LogWarning("No admin account yet. Create the first one, once, at {Url}/setup?token={Token}", url, token.Current);
        }
    }
}
