using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sajag.Data;
using Sajag.Data.Entities;
using Sajag.Web.Features.Accounts;

namespace Sajag.Web.Features.Live;

[Authorize(Policy = LiveSetup.FacilitatorPolicy)]
public sealed class FacilitatorModel(SajagDb db, LiveAdmission admission, Sajag.Web.Infrastructure.PackCatalog catalog, Sajag.Web.Infrastructure.UiLanguage ui) : PageModel
{
    public IReadOnlyList<LiveSession> Sessions { get; private set; } = [];

    public IReadOnlyList<School> Schools { get; private set; } = [];

    /// <summary>The error of a refused form that is about no one field (a run-again that failed), shown at the top.</summary>
    public string? Error { get; private set; }

    /// <summary>A refused form's error, beside the field it is about.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>The field a refused form's error is about and the error, for the notice at the top that leads to it.</summary>
    public (string Field, string Message)? Refused { get; private set; }

    // Which field each refusal is about (its id on the form); a refusal not listed shows at the top.
    private static readonly Dictionary<string, string> FieldOf = new(StringComparer.Ordinal)
    {
        ["live.create.name"] = "name",
        ["live.create.school"] = "school",
        ["live.create.timer"] = "timer",
        ["live.create.deck"] = "cards",
        ["live.create.check"] = "check",
        ["live.create.preset"] = "source",
        ["live.create.pick"] = "pick",
    };

    [BindProperty]
    public int SchoolId { get; set; }

    [BindProperty]
    public List<string> Topics { get; set; } = [];

    [BindProperty]
    public int Cards { get; set; } = 10;

    [BindProperty]
    public SessionMode Mode { get; set; }

    [BindProperty]
    public int? Timer { get; set; }

    [BindProperty]
    public bool SpeedBonus { get; set; }

    [BindProperty]
    public string Language { get; set; } = "bn";

    [BindProperty]
    public bool KnowledgeCheck { get; set; }

    [BindProperty]
    public bool Podium { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>Where the deck comes from: "preset:ID", "topics" or "pick"; a form without it (an older page) means topics.</summary>
    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public List<string> Picked { get; set; } = [];

    private string Me => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync()
    {
        // The first ready-made deck is the usual choice.
        Source = catalog.Pack.Presets.Count > 0 ? $"preset:{catalog.Pack.Presets[0].Id}" : "topics";
        // The cards are in the language the facilitator reads the page in, unless they choose otherwise.
        Language = ui.Code;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var session = await admission.CreateAsync(Me, new CreateSession(SchoolId, Topics, Cards, Mode, Timer, SpeedBonus, Language, KnowledgeCheck, Podium, Name,
                Source is { } source && source.StartsWith("preset:", StringComparison.Ordinal) ? source["preset:".Length..] : null,
                Source == "pick" ? Picked : null));
            return Redirect($"/facilitator/sessions/{session.Id}");
        }
        catch (LiveException ex)
        {
            // The form comes back as it was sent, with the error beside its field.
            if (FieldOf.TryGetValue(ex.Key, out var field))
            {
                Errors.Add(field, ui[ex.Key]);
                Refused = (field, ui[ex.Key]);
            }
            else
            {
                Error = ex.Key;
            }

            await LoadAsync();
            return Page();
        }
    }

    /// <summary>Runs a past session again: the same cards and settings, a new code.</summary>
    public async Task<IActionResult> OnPostAgainAsync(Guid id)
    {
        try
        {
            var session = await admission.DuplicateAsync(Me, id);
            return Redirect($"/facilitator/sessions/{session.Id}");
        }
        catch (LiveException ex)
        {
            Error = ex.Key;
            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        Sessions = await db.LiveSessions.AsNoTracking().Where(s => s.FacilitatorId == Me).OrderByDescending(s => s.CreatedAt).Take(50).ToListAsync();
        Schools = await db.SchoolsOf(Me).AsNoTracking().OrderBy(s => s.Name).ToListAsync();
    }
}
