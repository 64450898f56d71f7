using Sajag.Safety.Moderation;

namespace Sajag.Safety.Check;

/// <summary>
/// The moderation filter's composed harms read as conversation signs, so one detector decides what an insult, a threat and
/// a sexual remark are in a chat and in an answer: a threat is blackmail from someone who also demands or threatens
/// exposure, else a bullying threat; an insult or a slur is a bullying insult; a sexual remark is sexual talk.
/// </summary>
internal static class HarmSigns
{
    /// <summary>The signs a contact's message shows by the filter, each with the words that showed it.</summary>
    public static IEnumerable<(string Code, string Cue)> Of(string text, bool blackmailer)
    {
        foreach (var finding in Moderator.Harms(text))
        {
            var cue = text.Substring(finding.Start, finding.Length);
            var code = finding.Reason switch
            {
                ModerationReason.Threat => blackmailer ? Signs.ThreatBlackmail : Signs.BullyingThreat,
                ModerationReason.Abuse or ModerationReason.Slur => Signs.BullyingInsult,
                ModerationReason.Sexual => Signs.SexualTalk,
                _ => null,
            };
            if (code is not null)
            {
                yield return (code, cue);
            }
        }
    }
}
