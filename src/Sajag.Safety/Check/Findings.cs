namespace Sajag.Safety.Check;

/// <summary>
/// The signs found so far, one per sign and message, in message order. Adding one and asking for the current message's
/// findings take constant time, so a long risky chat costs time in proportion to its length; and only the first
/// <see cref="MaxKept"/> findings are kept whole (with what the level needs counted for all), so it costs the same memory
/// whatever its length.
/// </summary>
internal sealed class Findings(IReadOnlyDictionary<string, int>? order = null)
{
    /// <summary>How many findings are kept to be shown; the rest are counted.</summary>
    public const int MaxKept = 500;

    /// <summary>The longest message text kept with a finding.</summary>
    public const int MaxText = 2000;

    private readonly List<SignFinding> _kept = [];
    private readonly List<SignFinding> _current = [];
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _stages = [];
    private int _message = -1;
    private int _insultMessages;

    /// <summary>How many findings were added in all.</summary>
    public int Count { get; private set; }

    /// <summary>The distinct sign codes found.</summary>
    public IReadOnlySet<string> Codes => _codes;

    /// <summary>How many messages hold an insult.</summary>
    public int InsultMessages => _insultMessages;

    /// <summary>The grooming stages (and bullying, self-harm) seen, in the order they first appear.</summary>
    public IReadOnlyList<string> Stages => _stages;

    /// <summary>The first <see cref="MaxKept"/> findings, by message and within a message in the signs' order.</summary>
    public IReadOnlyList<SignFinding> Kept
    {
        get
        {
            Flush();
            return _kept;
        }
    }

    /// <summary>Adds a finding unless its message already has that sign. Messages arrive in order.</summary>
    public bool Add(SignFinding finding)
    {
        if (finding.Message != _message)
        {
            Flush();
            _message = finding.Message;
        }

        foreach (var f in _current)
        {
            if (f.Code == finding.Code)
            {
                return false;
            }
        }

        _current.Add(finding.Text.Length > MaxText ? finding with { Text = finding.Text[..MaxText] + "…" } : finding);
        Count++;
        if (finding.Code == Signs.BullyingInsult)
        {
            _insultMessages++;
        }

        if (_codes.Add(finding.Code) && Signs.Stage(finding.Code) is { } stage && !_stages.Contains(stage))
        {
            _stages.Add(stage);
        }

        return true;
    }

    /// <summary>
    /// Adds, after the last message, a finding of an earlier message whose sign could only be settled at the end of the chat;
    /// it takes its place among the findings kept, by message and sign, and the stages are ordered again.
    /// </summary>
    public bool AddLate(SignFinding finding)
    {
        Flush();
        if (_kept.Exists(k => k.Message == finding.Message && k.Code == finding.Code))
        {
            return false;
        }

        var whole = Count == _kept.Count;
        Count++;
        _codes.Add(finding.Code);
        if (_kept.Count < MaxKept)
        {
            var at = _kept.FindIndex(k => k.Message > finding.Message || (k.Message == finding.Message && Order(k.Code) > Order(finding.Code)));
            _kept.Insert(at < 0 ? _kept.Count : at, finding.Text.Length > MaxText ? finding with { Text = finding.Text[..MaxText] + "…" } : finding);
        }

        if (whole && _kept.Count == Count)
        {
            _stages.Clear();
            foreach (var stage in _kept.Select(k => Signs.Stage(k.Code)).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                _stages.Add(stage);
            }
        }
        else if (Signs.Stage(finding.Code) is { } stage && !_stages.Contains(stage))
        {
            _stages.Add(stage);
        }

        return true;
    }

    private int Order(string code) => order is not null && order.TryGetValue(code, out var at) ? at : -1;

    /// <summary>The findings of <paramref name="message"/>, the latest message, in the order found.</summary>
    public IReadOnlyList<SignFinding> In(int message) => message == _message ? _current : [];

    private void Flush()
    {
        if (_current.Count == 0)
        {
            return;
        }

        if (_kept.Count < MaxKept)
        {
            var ordered = order is null ? _current : _current.OrderBy(f => order.TryGetValue(f.Code, out var at) ? at : -1).ToList();
            _kept.AddRange(ordered.Take(MaxKept - _kept.Count));
        }

        _current.Clear();
    }
}
