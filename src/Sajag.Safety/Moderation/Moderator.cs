using System.Collections.Frozen;
using System.Text;
using Sajag.Safety.Moderation.Learned;
using Sajag.Safety.Normalise;
using Sajag.Safety.Posts;

namespace Sajag.Safety.Moderation;

/// <summary>
/// The filter every open answer and typed nickname passes before an adult or a projector sees it: words of abuse, sex,
/// threat and slur in English, Bangla and Banglish (through the usual disguises), and personal details to mask.
/// </summary>
/// <remarks>Pure and thread-safe; runs in memory and keeps nothing.</remarks>
public static class Moderator
{
    /// <summary>The longest open answer, in characters; the web layer refuses longer ones before calling <see cref="Check(string)"/>.</summary>
    public const int MaxAnswerLength = 280;

    private static readonly ModerationResult Empty = new(false, [], "", []);

    /// <summary>What the filter finds in <paramref name="text"/>, and the text masked; every contact detail is masked. Never throws.</summary>
    public static ModerationResult Check(string text) => Check(text, null);

    /// <summary>What the filter finds in <paramref name="text"/>, and the text masked, leaving the <paramref name="safe"/> contacts (the pack's helplines) readable. Never throws.</summary>
    /// <remarks>
    /// The rules, and where they find no harm the learned model (<see cref="LinearModel.Default"/>) at its live threshold
    /// (<see cref="LinearModel.LiveThreshold"/>): stricter than the model's own, chosen by cross-validation one writer at a time
    /// so that it adds at most one false flag in a hundred of any writer's clean answers. The model's strongest n-gram is then the word masked and
    /// the cue shown, and <see cref="ModerationFinding.By"/> says which part found it (docs/benchmarks.md).
    /// </remarks>
    public static ModerationResult Check(string text, SafeContacts? safe) =>
        string.IsNullOrEmpty(text) ? Empty : Run(text, safe, LinearModel.Default, live: true);

    /// <summary>
    /// What the filter finds with the rules and, where they find no harm, the learned <paramref name="model"/> at its own
    /// threshold (null: the rules alone). Never throws.
    /// </summary>
    public static ModerationResult Check(string text, SafeContacts? safe, LinearModel? model)
    {
        // No expression it runs has a match timeout (their work is bounded by the text's length, not by a clock), so a busy
        // machine cannot turn an answer into an exception or into "nothing found".
        return string.IsNullOrEmpty(text) ? Empty : Run(text, safe, model, live: false);
    }

    /// <summary>
    /// The findings of <see cref="Check(string)"/>, for a caller that uses only the harms (abuse, sexual, threat, slur):
    /// the personal-detail rules, which decide only overlaps with harm words, run only when a harm word is found.
    /// </summary>
    internal static IReadOnlyList<ModerationFinding> Harms(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var skeleton = Skeleton.Build(text);
        var words = WordList.Default.Find(skeleton);
        HarmRules.Apply(skeleton, text, words);
        return words.Count == 0 ? [] : Run(text, null, null, live: false).Findings;
    }

    private static ModerationResult Run(string text, SafeContacts? safe, LinearModel? model, bool live)
    {
        var details = DetailRules.Find(text, safe);
        var skeleton = Skeleton.Build(text);
        var words = WordList.Default.Find(skeleton);
        HarmRules.Apply(skeleton, text, words);
        if (words.Count == 0 && Compound(text) is { } whole)
        {
            words.Add((whole, 0, text.Length));
        }

        (int Start, int End, IReadOnlyList<string> Cues)? learned = null;
        var threshold = live ? model?.LiveThreshold : model?.Threshold;
        if (model is not null && threshold is { } cut && words.Count == 0)
        {
            // The rules found no harm: the model may, and its strongest n-gram's word is what gets masked.
            // The probability first, which makes nothing (not even the normalised text); the verdict and its cues only for a flag.
            if (model.ProbabilityOf(text) >= cut && TextNormaliser.Normalise(text) is var normalised
                && model.Score(normalised) is { Cues.Count: > 0 } verdict)
            {
                var (start, length) = normalised.Spans[Masked(text, normalised, verdict.Cues).Token];
                words.Add((verdict.Reason, start, start + length));
                learned = (start, start + length, verdict.Cues.Select(c => c.Feature).ToList());
            }
        }

        if (details.Count == 0 && words.Count == 0)
        {
            // A clean answer (most are): the text as it came, nothing built.
            return new ModerationResult(false, [], text, []);
        }

        var reasons = details.Select(d => d.Reason).Concat(words.Select(w => w.Reason)).Distinct().Order().ToList();

        // Details first (a placeholder hides the most), the earlier reason winning an overlap; then words, longest first.
        var kept = new List<(ModerationReason Reason, int Start, int End)>();
        foreach (var candidate in details.OrderBy(d => Rank(d.Reason)).ThenByDescending(d => d.End - d.Start)
                     .Concat(words.OrderByDescending(w => w.End - w.Start).ThenBy(w => w.Reason)))
        {
            if (!kept.Exists(k => k.Start < candidate.End && candidate.Start < k.End))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        var masked = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (reason, start, end) in kept)
        {
            masked.Append(text, at, start - at);
            masked.Append(ModerationResult.IsPersonalDetail(reason) ? $"[{ModerationResult.CodeOf(reason)}]" : Mask(text, start));
            at = end;
        }

        masked.Append(text, at, text.Length - at);
        var findings = kept.Select(k => learned is { } l && k.Start == l.Start && k.End == l.End && !ModerationResult.IsPersonalDetail(k.Reason)
                ? new ModerationFinding(k.Reason, k.Start, k.End - k.Start) { By = ModerationFinding.Model, Cues = l.Cues }
                : new ModerationFinding(k.Reason, k.Start, k.End - k.Start))
            .ToList();
        return new ModerationResult(reasons.Count > 0, reasons, masked.ToString(), findings);
    }

    // The cue word to mask: the strongest that is not a word for "you" (harmful answers are often said to someone, so the
    // model weighs "tor" or "your" towards a flag, but masking the pronoun would hide nothing and explain nothing).
    private static LearnedCue Masked(string text, NormalisedText normalised, IReadOnlyList<LearnedCue> cues)
    {
        foreach (var cue in cues)
        {
            var (start, length) = normalised.Spans[cue.Token];
            if (!SecondPerson.Contains(text.AsSpan(start, length)))
            {
                return cue;
            }
        }

        return cues[0];
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SecondPerson = new[]
    {
        "you", "u", "ur", "your", "youre", "you're", "yours", "yourself", "ya", "yu", "urself",
        "tui", "tumi", "apni", "tor", "tomar", "apnar", "tore", "toke", "tomake", "apnake", "tr", "tmr", "tmi", "apnr",
        "tumar", "tomra", "tora", "tomader", "toder", "tok", "tomay", "tomare", "apnare", "tuy", "tomr", "toma", "tder", "tmk",
        "তুই", "তুমি", "আপনি", "তোর", "তোমার", "আপনার", "তোকে", "তোমাকে", "আপনাকে", "তোরে", "তোমরা", "তোরা", "তোদের",
        "তোমাদের", "তর", "তরে", "তুমার", "তোগো", "তোমারে", "আপনারে", "তোমায়", "তুমারে", "তোক",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A nickname typed as one joined word ("BaalChal420", "BihariChor_Joy", "NilaHotBody69"): its parts read as words; the
    // whole nickname is what gets masked.
    private static ModerationReason? Compound(string text)
    {
        if (text.Length > 40 || text.AsSpan().IndexOfAny(" \t\n") >= 0)
        {
            return null;
        }

        var split = new StringBuilder(text.Length + 8);
        var parts = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '_' or '.' or '-')
            {
                split.Append(' ');
                parts++;
                continue;
            }

            var boundary = i > 0 && ((char.IsUpper(c) && char.IsLower(text[i - 1])) || (char.IsAsciiDigit(c) != char.IsAsciiDigit(text[i - 1]) && char.IsLetter(text[i - 1]) != char.IsLetter(c)));
            if (boundary)
            {
                split.Append(' ');
                parts++;
            }

            // Each part starts in capitals, as a name does ("pagla_dashu" reads as "Pagla Dashu", a nickname, not name-calling).
            split.Append(i == 0 || boundary || text[i - 1] is '_' or '.' or '-' ? char.ToUpperInvariant(c) : c);
        }

        if (parts < 2)
        {
            return null;
        }

        var spaced = split.ToString();
        var skeleton = Skeleton.Build(spaced);
        var words = WordList.Default.Find(skeleton);
        HarmRules.Apply(skeleton, spaced, words);
        return words.Count == 0 ? null : words.Min(w => w.Reason);
    }

    // An email holds a handle-like @ and a link-like domain, a link may hold a phone number (wa.me/880...): the wider kind first.
    private static int Rank(ModerationReason reason) => reason switch
    {
        ModerationReason.Email => 0,
        ModerationReason.Link => 1,
        ModerationReason.Phone => 2,
        ModerationReason.Handle => 3,
        _ => 4,
    };

    // The first letter stays so a facilitator can tell a word was there ("f***"); a disguised first letter ("$ex") does not.
    private static string Mask(string text, int start)
    {
        var c = text[start];
        return char.IsLetter(c) && !char.IsSurrogate(c) ? c + "***" : "***";
    }
}
