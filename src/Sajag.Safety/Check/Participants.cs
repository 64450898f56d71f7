using Sajag.Safety.Chats;
using Sajag.Safety.Lexicons;
using Sajag.Safety.Normalise;

namespace Sajag.Safety.Check;

/// <summary>Which participant is the young person using the check.</summary>
/// <param name="Me">The young person's name as in the chat, or null when the chat names nobody (every message is then the contact's).</param>
/// <param name="Error">Why the young person could not be identified; null when they were.</param>
public sealed record MeChoice(string? Me, string? Error)
{
    /// <summary>Whether the choice is settled.</summary>
    public bool IsSettled => Error is null;
}

/// <summary>The participant rule: <c>--me</c> must name a participant; without it, a two-person chat with an obvious contact is fine.</summary>
public static class Participants
{
    private static readonly string[] Roles =
    [
        "sir", "miss", "madam", "maam", "teacher", "admin", "office", "coach", "coaching", "page", "official", "support", "center", "centre",
        "school", "bhai", "bhaiya", "vaiya", "apu", "didi", "uncle", "aunty", "pubg", "ff", "স্যার", "ম্যাডাম", "ভাইয়া", "আপু", "কোচিং", "সেন্টার",
    ];

    /// <summary>Settles who "me" is in <paramref name="chat"/>, given the name the young person gave (or none).</summary>
    public static MeChoice Resolve(Chat chat, string? me)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return Resolve(chat.Participants, chat.Title, me);
    }

    /// <summary>Settles who "me" is among a chat's <paramref name="people"/>, given its title and the name the young person gave (or none).</summary>
    public static MeChoice Resolve(IReadOnlyList<string> people, string? title, string? me)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (!string.IsNullOrWhiteSpace(me))
        {
            var exact = people.FirstOrDefault(p => p == me) ?? people.FirstOrDefault(p => string.Equals(p.Trim(), me.Trim(), StringComparison.OrdinalIgnoreCase));
            return exact is not null
                ? new MeChoice(exact, null)
                : new MeChoice(null, $"'{me}' is not a participant of this chat. Participants: {string.Join(", ", people)}.");
        }

        if (people.Count <= 1)
        {
            return new MeChoice(null, null);
        }

        if (people.Count == 2)
        {
            var contact = ObviousContact(people, title);
            if (contact is not null)
            {
                return new MeChoice(people.First(p => p != contact), null);
            }
        }

        return new MeChoice(null, $"Which participant are you? Participants: {string.Join(", ", people)}.");
    }

    /// <summary>In a two-person chat, the one who is clearly not the young person: the chat's title, a phone number, or a name with a role or kinship word.</summary>
    private static string? ObviousContact(IReadOnlyList<string> people, string? chatTitle)
    {
        if (chatTitle is { } title && people.Contains(title))
        {
            return title;
        }

        var marked = people.Where(p => IsPhoneNumber(p) || HasRole(p)).ToList();
        return marked.Count == 1 ? marked[0] : null;
    }

    private static bool IsPhoneNumber(string name) => name.Count(char.IsDigit) >= 7 && name.All(c => char.IsDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '\u202A' or '\u202C');

    private static bool HasRole(string name)
    {
        var tokens = TextNormaliser.Normalise(name).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var roles = Roles.Select(r => TextNormaliser.Token(r)).ToHashSet(StringComparer.Ordinal);
        return tokens.Any(roles.Contains) || Lexicon.Default.Find("ctx:family", TextNormaliser.Normalise(name)) is not null;
    }
}
