namespace Sajag.Safety.Check;

/// <summary>
/// The signs found so far, one per sign and message, in message order. Adding one and asking for the current message's
/// findings take constant time, so a long risky chat costs time in proportion to its length.
/// </summary>
internal sealed class Findings
{
    private readonly List<SignFinding> _list = [];
    private readonly HashSet<(string Code, int Message)> _seen = [];

    public int Count => _list.Count;

    public IReadOnlyList<SignFinding> All => _list;

    /// <summary>Adds a finding unless its message already has that sign. Messages arrive in order.</summary>
    public bool Add(SignFinding finding)
    {
        if (!_seen.Add((finding.Code, finding.Message)))
        {
            return false;
        }

        _list.Add(finding);
        return true;
    }

    /// <summary>The findings of <paramref name="message"/>, the latest message, in the order found: they sit at the end of the list.</summary>
    public IEnumerable<SignFinding> In(int message)
    {
        var start = _list.Count;
        while (start > 0 && _list[start - 1].Message == message)
        {
            start--;
        }

        return Since(start);
    }

    /// <summary>The findings added since the list held <paramref name="count"/>.</summary>
    public IEnumerable<SignFinding> Since(int count)
    {
        for (var k = count; k < _list.Count; k++)
        {
            yield return _list[k];
        }
    }
}
