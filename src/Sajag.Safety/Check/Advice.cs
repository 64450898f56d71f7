namespace Sajag.Safety.Check;

/// <summary>What to do now, as keys the web page and the command line turn into words (see <see cref="CheckTexts"/>).</summary>
public static class Advice
{
    /// <summary>Advice keys for the signs found, most urgent first.</summary>
    public static IReadOnlyList<string> For(Level level, IReadOnlySet<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var advice = new List<string>();
        void Add(string key, bool when)
        {
            if (when && !advice.Contains(key))
            {
                advice.Add(key);
            }
        }

        bool Has(params string[] any) => any.Any(codes.Contains);

        Add("self-harm-talk-now", Has(Signs.SelfHarmRisk));
        Add("do-not-pay", Has(Signs.ThreatBlackmail));
        Add("stop-reply-block", Has(Signs.ThreatBlackmail, Signs.SexualTalk, Signs.SexualContentSent, Signs.ImageRequest) || level == Level.Danger && Has(Signs.MeetingRequest));
        Add("never-send-images", Has(Signs.ImageRequest, Signs.SexualTalk, Signs.ThreatBlackmail));
        Add("take-it-down", Has(Signs.ImageRequest, Signs.ThreatBlackmail, Signs.SexualContentSent));
        Add("do-not-meet-alone", Has(Signs.MeetingRequest));
        Add("keep-evidence", Has(Signs.ThreatBlackmail, Signs.BullyingThreat, Signs.BullyingExclusion, Signs.SexualContentSent) || level == Level.Danger);
        Add("talk-to-trusted-adult", level >= Level.Caution);
        Add("call-1098", level >= Level.Warning);
        Add("call-999", Has(Signs.BullyingThreat, Signs.SelfHarmRisk) || (Has(Signs.MeetingRequest) && level == Level.Danger));
        Add("no-secrets", Has(Signs.Secrecy));
        Add("keep-details-private", Has(Signs.PersonalInfoRequest, Signs.IsolationCheck));
        Add("stay-on-the-app", Has(Signs.PlatformMove));
        Add("gifts-have-strings", Has(Signs.GiftsMoney));
        Add("real-care-no-pressure", Has(Signs.LoveBombing, Signs.PressureCoercion, Signs.Flattery));
        Add("check-who-they-are", Has(Signs.IdentityDeception));
        Add("report-bullying", Has(Signs.BullyingInsult, Signs.BullyingThreat, Signs.BullyingExclusion));
        Add("trust-your-feelings", level == Level.None);
        return advice;
    }
}
