using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Sajag.Data.Entities;

namespace Sajag.Web.Features.Accounts;

/// <summary>
/// Refuses passwords an attacker tries first: a common password or word (also with digits or symbols around it,
/// "password1234"), a run along the keyboard or the alphabet, and a few characters repeated ("aaaaaaaaaaaa", "abcabcabcabc").
/// Length alone (12) does not keep these out.
/// </summary>
internal sealed class CommonPasswords : IPasswordValidator<AdultUser>
{
    public const string Code = "PasswordTooCommon";

    /// <summary>The fewest different characters a password must have.</summary>
    public const int MinDistinct = 5;

    // The most used passwords and their stems in breach lists, with the words a Bangladeshi school's staff would reach for.
    private static readonly FrozenSet<string> Words = new[]
    {
        "password", "passw0rd", "p@ssword", "p@ssw0rd", "pass", "passwort", "motdepasse", "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl",
        "zxcvbnm", "letmein", "welcome", "iloveyou", "admin", "administrator", "login", "master", "secret", "monkey", "dragon",
        "football", "cricket", "baseball", "soccer", "shadow", "sunshine", "princess", "superman", "batman", "trustno1", "starwars",
        "whatever", "freedom", "computer", "internet", "abc", "abcd", "abcdef", "changeme", "default", "test", "testing", "guest",
        "hello", "helloworld", "loveyou", "lovely", "mypassword", "newpassword", "facilitator", "teacher", "school", "student",
        "sajag", "bangladesh", "dhaka", "chittagong", "chattogram", "sylhet", "khulna", "rajshahi", "bangla", "amarsonarbangla",
        "joybangla", "ami", "amar", "valobashi", "bhalobashi", "allah", "bismillah", "muhammad", "rahman", "islam", "pakistan",
        "india", "google", "facebook", "whatsapp", "microsoft", "samsung", "iphone", "android", "qazwsx", "1q2w3e4r", "1qaz2wsx",
        "zaq12wsx", "q1w2e3r4", "michael", "jennifer", "jordan", "charlie", "summer", "winter", "spring", "autumn", "january",
        "december", "monday", "friday", "ninja", "mustang", "access", "flower", "killer", "hunter", "ranger", "buster", "pepper",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] Runs =
    [
        "abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba", "01234567890123456789", "98765432109876543210",
        "qwertyuiopasdfghjklzxcvbnm", "mnbvcxzlkjhgfdsapoiuytrewq", "1qaz2wsx3edc4rfv5tgb6yhn7ujm", "1q2w3e4r5t6y7u8i9o0p",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<AdultUser> manager, AdultUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        return Task.FromResult(Refuses(password) is { } reason
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = reason })
            : IdentityResult.Success);
    }

    /// <summary>Why the password is too easy to guess, or null when it is not.</summary>
    public static string? Refuses(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.ToLowerInvariant();
        if (lower.Distinct().Count() < MinDistinct)
        {
            return $"This password repeats a few characters. Use at least {MinDistinct} different characters, e.g. three or four unrelated words.";
        }

        var stem = lower.Trim("0123456789!@#$%^&*()-_=+.,;:?'\"~`[]{}|\\/<> ".ToCharArray());
        if (Words.Contains(lower) || Words.Contains(stem) || Words.Contains(lower.Replace(" ", "", StringComparison.Ordinal)) || IsRepeated(stem) || stem.Length == 0
            || Runs.Any(run => run.Contains(lower.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal)))
        {
            return "This password is one of the first that attackers try. Choose another, e.g. three or four unrelated words.";
        }

        return null;
    }

    // "abcabcabcabc", "passpasspass": one short piece written again and again.
    private static bool IsRepeated(string text)
    {
        for (var length = 1; length <= text.Length / 2; length++)
        {
            if (text.Length % length == 0 && string.Concat(Enumerable.Repeat(text[..length], text.Length / length)) == text)
            {
                return true;
            }
        }

        return false;
    }
}
