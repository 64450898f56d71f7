using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Sajag.Data.Entities;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Accounts;

[EnableRateLimiting(AccountsSetup.LoginPolicy)]
[RefusalText("account.slow")]
public sealed class LoginModel(SignInManager<AdultUser> signIn, UserManager<AdultUser> users, LoginTiming timing) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        // An empty field binds as null: say what is missing rather than fail.
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Error = "account.empty";
            return Page();
        }

        // An unknown email and a locked account cost one password hash too, and every failure says the same words,
        // so neither the time nor the message tells whether an account exists.
        var user = await users.FindByNameAsync(Email.Trim());
        if (user is null)
        {
            timing.SpendOneHash(Password);
            Error = "account.failed";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/facilitator");
        }

        if (result.IsLockedOut)
        {
            timing.SpendOneHash(Password);
        }

        Error = "account.failed";
        return Page();
    }

    public async Task<IActionResult> OnPostLogoutAsync()
    {
        // A new security stamp ends every session of this account, a copied cookie included.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
