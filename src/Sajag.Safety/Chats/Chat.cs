namespace Sajag.Safety.Chats;

/// <summary>What a message carries: words, an attachment whose content the export left out, or nothing (deleted).</summary>
public enum MessageKind
{
    /// <summary>A message with words.</summary>
    Text,

    /// <summary>A photo, video, sticker, voice note or other attachment: only its placeholder is in the export.</summary>
    Media,

    /// <summary>"This message was deleted".</summary>
    Deleted,
}

/// <summary>One message of a chat, in the order it was sent.</summary>
/// <param name="Index">Position in the chat, from 0.</param>
/// <param name="Author">The sender's display name, or null when the export names nobody (pasted text without names).</param>
/// <param name="Text">The words (for media, the export's placeholder or caption).</param>
/// <param name="SentAt">When it was sent, in the exporter's local time, if the export says.</param>
/// <param name="Kind">Text, media or deleted.</param>
public sealed record ChatMessage(int Index, string? Author, string Text, DateTime? SentAt, MessageKind Kind = MessageKind.Text);

/// <summary>A chat as read from an export: its format, its messages oldest first, and who wrote them.</summary>
/// <param name="Format">whatsapp-android, whatsapp-ios, messenger, telegram or plain.</param>
/// <param name="Messages">Messages oldest first; system notices (encryption, group changes, calls) are left out.</param>
/// <param name="Participants">Everyone who wrote at least one message, in order of first appearance.</param>
/// <param name="Title">The chat's own name when the export gives one (a Telegram or Messenger title, a WhatsApp file name).</param>
public sealed record Chat(string Format, IReadOnlyList<ChatMessage> Messages, IReadOnlyList<string> Participants, string? Title = null)
{
    /// <summary>The name given to a sender whose name is empty or only invisible marks, so the young person can still choose it.</summary>
    public const string Unnamed = "(no name)";

    internal static Chat From(string format, IEnumerable<(string? Author, string Text, DateTime? SentAt, MessageKind Kind)> messages, string? title = null)
    {
        var list = new List<ChatMessage>();
        var participants = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, text, sentAt, kind) in messages)
        {
            var author = name is not null && IsBlank(name) ? Unnamed : name;
            list.Add(new ChatMessage(list.Count, author, text, sentAt, kind));
            if (author is not null && seen.Add(author))
            {
                participants.Add(author);
            }
        }

        return new Chat(format, list, participants, title);
    }

    private static bool IsBlank(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200E' or '\u200F' or '\u061C' or '\uFEFF') && c is not (>= '\u202A' and <= '\u202E') && c is not (>= '\u2066' and <= '\u2069'))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Why a file could not be read as a chat. <see cref="Code"/> is stable, for translation; <see cref="Message"/> is plain English.</summary>
public sealed record ChatReadError(string Code, string Message);

/// <summary>Either a chat or the reason it could not be read.</summary>
public sealed record ChatReadResult(Chat? Chat, ChatReadError? Error)
{
    /// <summary>Whether the chat was read.</summary>
    public bool IsRead => Chat is not null;

    internal static ChatReadResult Ok(Chat chat) => new(chat, null);

    internal static ChatReadResult Fail(string code, string message) => new(null, new ChatReadError(code, message));
}

/// <summary>The stable codes of <see cref="ChatReadError"/>.</summary>
public static class ChatErrors
{
    public const string Empty = "empty";
    public const string Binary = "binary";
    public const string Image = "image";
    public const string Bijoy = "bijoy";
    public const string TooLarge = "too-large";
    public const string ZipTooManyEntries = "zip-too-many-entries";
    public const string ZipTooLarge = "zip-too-large";
    public const string ZipNoChat = "zip-no-chat";
    public const string ZipSeveralChats = "zip-several-chats";
    public const string ZipBroken = "zip-broken";
    public const string JsonBroken = "json-broken";
    public const string JsonUnknown = "json-unknown";
    public const string NoMessages = "no-messages";
}
