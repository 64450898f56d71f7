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

/// <summary>How often one address may try to sign in.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Sign-in attempts one address may make per minute, whichever accounts they name.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1_000_000)]
    public int SignInsPerClientPerMinute { get; set; } = 5;
}

/// <summary>Spends one password hash's time on a sign-in that will fail without one (an unknown email, a locked account).</summary>
public sealed class LoginTiming(IPasswordHasher<AdultUser> hasher)
{
    private readonly string _hash = hasher.HashPassword(new AdultUser(), Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));

    public void SpendOneHash(string password) => hasher.VerifyHashedPassword(new AdultUser(), _hash, password);
}

internal static class AccountsSetup
{
    public const string AdminPolicy = "admin";
    public const string LoginPolicy = "login";

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
                // Above the per-address limit a minute, so one address cannot lock an account out in a single burst.
                o.Lockout.MaxFailedAccessAttempts = 10;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SajagDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswords>();
        // Every request checks the account's security stamp, so signing out or a new password ends every other session at once.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services.AddSingleton<LoginTiming>();
        builder.Services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<Microsoft.Extensions.Options.IOptions<AccountOptions>>((o, limits) =>
            // Per address, before any account is touched; reading the form is free.
            o.AddPolicy(LoginPolicy, context => HttpMethods.IsPost(context.Request.Method) && !string.Equals(context.Request.Query["handler"], "Logout", StringComparison.OrdinalIgnoreCase)
                ? RateLimits.PerClientPerMinute(context, LoginPolicy, limits.Value.SignInsPerClientPerMinute)
                : System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("read")));
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
