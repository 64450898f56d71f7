namespace Sajag.Load;

// The parts of the server's messages the load generator reads (src/Sajag.Web/Features/Live/LiveModels.cs
// and LiveSetup.cs); the JSON readers skip the rest.

/// <summary>POST /api/live/join.</summary>
public sealed record JoinRequest(string Code, string? Nickname, int? Members);

/// <summary>The join's answer: the token identifies the player on the hub.</summary>
public sealed record JoinResult(string Token, Guid PlayerId, string Nickname, Guid SessionId, string Language);

/// <summary>The card as the room sees it.</summary>
public sealed record CardView(int Index, int Total, IReadOnlyList<string> Options, bool Several);

/// <summary>The session as every view sees it (hub message State).</summary>
public sealed record SessionView(Guid SessionId, string Phase, int Players, int Answered, CardView? Card);

/// <summary>The facilitator's view (hub method Watch).</summary>
public sealed record FacilitatorView(SessionView Session, string Code);

/// <summary>A player's own standing (hub method JoinAsPlayer).</summary>
public sealed record PlayerSelf(Guid PlayerId, string Nickname, int Score);

/// <summary>The hub's answer to an answer.</summary>
public sealed record AnswerAck(bool Accepted, bool Duplicate, string? Refusal, int Score);

/// <summary>GET /api/live/sessions/{id}/answers: what the database holds.</summary>
public sealed record StoredAnswer(Guid PlayerId, int CardIndex);

/// <summary>GET /api/live/server.</summary>
public sealed record ServerMemory(long WorkingSetMb, long PeakWorkingSetMb, long ManagedMb, long CpuMs, long AllocatedBytes = 0);
