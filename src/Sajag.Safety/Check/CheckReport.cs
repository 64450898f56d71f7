using System.Text.Encodings.Web;
using System.Text.Json;
using Sajag.Safety.Chats;

namespace Sajag.Safety.Check;

/// <summary>One sign as <c>sajag check --json</c> and <c>POST /api/check</c> show it.</summary>
public sealed record ReportSign(string Code, int Message, string? Author, string Text, string Cue);

/// <summary>The check's result as one JSON object, the same for the command line and the web API.</summary>
public sealed record CheckReport(
    string Format, int Messages, IReadOnlyList<string> Participants, string? Me, string Level,
    IReadOnlyList<ReportSign> Signs, IReadOnlyList<string> Stages, IReadOnlyList<string> Advice)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Bangla and emoji as themselves, not \uXXXX: the output is read by people too.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report of a check.</summary>
    public static CheckReport From(CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var chat = result.Chat;
        return new CheckReport(chat.Format, chat.Messages.Count, chat.Participants, result.Me, CheckTexts.Name(result.Level),
            result.Signs.Select(s => new ReportSign(s.Code, s.Message, s.Author, s.Text, s.Cue)).ToList(), result.Stages, result.Advice);
    }

    /// <summary>The report as one line of JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>Reads a chat, settles who "me" is, and runs the check: the one path the command line and the web share.</summary>
public static class ChatCheck
{
    /// <summary>Either a result, or a reading error, or the participants to choose from.</summary>
    public sealed record Outcome(CheckResult? Result, ChatReadError? ReadError, string? MeError, IReadOnlyList<string> Participants);

    /// <summary>Checks the bytes of a chat export.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static Outcome Run(ReadOnlySpan<byte> bytes, string? fileName, string? me, ChatLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var read = ChatReader.Read(bytes, fileName, limits);
        return Run(read, me, cancellationToken);
    }

    /// <summary>Checks pasted text.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static Outcome RunText(string text, string? me, CancellationToken cancellationToken = default) => Run(ChatReader.ReadText(text), me, cancellationToken);

    private static Outcome Run(ChatReadResult read, string? me, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (read.Chat is not { } chat)
        {
            return new Outcome(null, read.Error, null, []);
        }

        var choice = Participants.Resolve(chat, me);
        return choice.IsSettled
            ? new Outcome(ConversationCheck.Run(chat, choice.Me, cancellationToken: cancellationToken), null, null, chat.Participants)
            : new Outcome(null, null, choice.Error, chat.Participants);
    }
}
