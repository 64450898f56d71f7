using Sajag.Safety.Chats;
using Sajag.Safety.Lexicons;

namespace Sajag.Safety.Check;

public static partial class ConversationCheck
{
    private sealed partial class Analysis
    {
        // A visit proposed by someone who has already shown one of these reads as an approach (ConversationRules).
        private static readonly string[] GroomingSigns = [Signs.IsolationCheck, Signs.Secrecy, Signs.Flattery, Signs.LoveBombing, Signs.GiftsMoney, Signs.PersonalInfoRequest];

        // Words a contact saves a sibling or parent under, alone: "Apu", "Bhaiya", "আপু". A name with them ("Jamil Bhai",
        // "Tanisha Apu") is how young people save neighbours and acquaintances too, so only the word alone counts.
        private static readonly HashSet<string> KinAddress = new(
            new[] { "apu", "apa", "apui", "bhaiya", "bhaia", "vaiya", "bhai", "vai", "didi", "dada", "bhabi", "আপু", "আপা", "ভাইয়া", "ভাই", "দিদি", "দাদা", "ভাবি" }
                .Select(w => Sajag.Safety.Normalise.TextNormaliser.Token(w)),
            StringComparer.Ordinal);

        /// <summary>A contact saved under a kinship word alone ("Apu", "Bhaiya ❤️"): the young person's own family.</summary>
        private static bool KinOnly(string name)
        {
            var tokens = Sajag.Safety.Normalise.TextNormaliser.Normalise(name).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return tokens.Length > 0 && tokens.All(t => KinAddress.Contains(t) || Lexicon.Default.Find("ctx:family", Sajag.Safety.Normalise.TextNormaliser.Normalise(t)) is not null);
        }

        /// <summary>A contact saved under a kinship word beside a name ("Rasel Bhaiya", "Tanisha Apu"): family only when the chat shows it.</summary>
        private static bool KinNamed(string name) =>
            Sajag.Safety.Normalise.TextNormaliser.Normalise(name).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(KinAddress.Contains);

        /// <summary>
        /// A request for secrecy, held until the end of the chat: hiding the contact itself ("our chat", "that we talk",
        /// "delete these messages", or a bare "tell no one" that names nothing else) is a sign at once; hiding a thing (the homework answers, a password, a Secret Santa name)
        /// is one only from someone who shows another sign in the chat.
        /// </summary>
        private void Secrecy(View view, string cue)
        {
            _pending.Add(new SignFinding(Signs.Secrecy, view.Message.Index, view.Message.Author, view.Message.Text, cue, "sign." + Signs.Secrecy));
            // A bare "tell no one" ("kauke bolba na", "কাউকে বলবে না কিন্তু"), naming nothing else, hides the talk itself.
            var words = view.Normalised.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var cueWords = Sajag.Safety.Normalise.TextNormaliser.Normalise(cue).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (view.Has("role:us") || words - cueWords <= 2)
            {
                _secrecyAboutUs.Add(view.Message.Index);
            }

            // For the visit rule a request to hide anything counts already.
            if (view.Message.Author is { } author)
            {
                if (!_authorSigns.TryGetValue(author, out var codes))
                {
                    _authorSigns[author] = codes = new HashSet<string>(StringComparer.Ordinal);
                }

                codes.Add(Signs.Secrecy);
            }
        }

        /// <summary>
        /// The held signs that are signs after all: first material objected to and "your turn", from someone who showed
        /// another sign (secrecy about the contact itself included); then secrecy, about the contact itself or from someone
        /// who showed another sign (those just kept included).
        /// </summary>
        private void KeepPending()
        {
            bool Other(string? author, string code) =>
                author is not null && ((_authorSigns.TryGetValue(author, out var codes) && codes.Any(c => c != Signs.Secrecy && c != code))
                    || _pending.Exists(p => p.Author == author && p.Code == Signs.Secrecy && _secrecyAboutUs.Contains(p.Message)));

            foreach (var finding in _pending.Where(p => p.Code != Signs.Secrecy).ToList())
            {
                if (Other(finding.Author, finding.Code) && _findings.AddLate(finding))
                {
                    _authorSigns[finding.Author!].Add(finding.Code);
                }
            }

            foreach (var finding in _pending.Where(p => p.Code == Signs.Secrecy))
            {
                if (_secrecyAboutUs.Contains(finding.Message) || Other(finding.Author, Signs.Secrecy))
                {
                    _findings.AddLate(finding);
                }
            }
        }

        /// <summary>Holds a sign until the end of the chat (KeepPending), noting its author for the rules that ask who showed what.</summary>
        private void Hold(string code, View view, string cue, string explanation)
        {
            _pending.Add(new SignFinding(code, view.Message.Index, view.Message.Author, view.Message.Text, cue.Length > 80 ? cue[..80] : cue, explanation));
            if (view.Message.Author is { } author && !_authorSigns.ContainsKey(author))
            {
                _authorSigns[author] = new HashSet<string>(StringComparer.Ordinal);
            }
        }

        /// <summary>
        /// Second pass, a contact's message: a photo or link the young person then objected to ("why did u send me this",
        /// "chi", "কেন পাঠালেন") is sexual material sent, and "your turn" / "send yours" after their own picture asks for an
        /// image, both held until the end: they count from someone who shows another sign.
        /// </summary>
        private void SentMaterial(View view)
        {
            var author = view.Message.Author ?? "";
            if (_objectedMaterialAt.Contains(view.Message.Index))
            {
                var cue = view.HasWords ? view.Message.Text : "(" + view.Message.Text + ")";
                Hold(Signs.SexualContentSent, view, cue, ConversationRules.ObjectedMaterial);
            }

            if (_sentMaterial.Contains(author) && view.HasWords && view.Find("role:your-turn") is { } turn && !_family.Contains(author))
            {
                Hold(Signs.ImageRequest, view, turn, ConversationRules.YourTurn);

                // "your turn, send one like mine, no shirt" from someone who courts or blackmails: what they sent was the same
                // kind of picture they now ask for, their own undressed one (the fake-girl scheme of sextortion).
                if ((_courting.Contains(author) || _suitors.Contains(author) || _blackmail.Contains(author))
                    && view.Find("role:like-mine") is { } like)
                {
                    Hold(Signs.SexualContentSent, view, like, ConversationRules.Exchange);
                }
            }

            if (view.Message.Kind == MessageKind.Media || (view.HasWords && (ConversationRules.HasLink(view.Message.Text) || view.Has("role:sent-material"))))
            {
                _sentMaterial.Add(author);
            }

            // The contact's answer to "you said you were a girl / 16?": unless it claims the age again, whoever was questioned
            // let the claimed identity slip ("haha meye na bhai", "I'm whoever I want to be", "lol you believed it").
            if (_challenged.TryGetValue(author, out var questioned) && view.Message.Index > questioned && _answeredChallenge.Add(author)
                && view.HasWords && !view.Has("ctx:child-claim") && !_family.Contains(author))
            {
                Hold(Signs.IdentityDeception, view, view.Message.Text, ConversationRules.Questioned);
            }
        }

        /// <summary>First pass, a contact's message: what it says of its author for the composed rules.</summary>
        private void FirstPassRules(View view, Person person)
        {
            if (view.Message.Kind == MessageKind.Media)
            {
                person.Holds = true;
                person.LastMaterial = view.Message.Index;
                return;
            }

            if (!view.HasWords)
            {
                return;
            }

            if (ConversationRules.HasLink(view.Message.Text))
            {
                person.LastMaterial = view.Message.Index;
            }

            // The sender calling what they just sent adult ("boro der jinish", "adult stuff") names it as the young person would.
            if (person.LastMaterial >= 0 && view.Message.Index - person.LastMaterial <= ConversationRules.NamingWindow && view.Has("role:sexual-material"))
            {
                _namedMaterialAt.Add(person.LastMaterial);
            }

            // A photo the contact says they sent ("একটা ছবি পাঠাইলাম দেখো", "check the video i sent") is one the young person may
            // object to next, as a photo is (a message that names itself adult is already its own sign).
            if (view.Has("role:sent-material"))
            {
                person.LastMaterial = view.Message.Index;
            }

            var material = view.Has("role:material");
            person.Holds |= material && view.Has("role:hold");
            person.Condition |= view.Has("threat:condition") || ConversationRules.Conditional(view.Normalised) is not null;
            person.Demand |= view.Has("role:give-order") || view.Has(Signs.ImageRequest) || view.Has("image-request:call");
            // "r kauke dekhabo na" (I'll show nobody) and "don't tell your parents" are the opposite of a threat.
            if (view.Find("role:spread") is { } spread && !Negated(view, spread) && view.Has("role:audience") && (material || person.Holds) && !view.Has(Signs.Secrecy))
            {
                _exposureAt.Add(view.Message.Index);
                // Spreading someone else's picture ("ওর ছবি ... গ্রুপে দিমু") is bullying them, not blackmail of the young person.
                if (!view.Has("role:their-material"))
                {
                    person.Exposure = true;
                    person.Condition |= ConversationRules.Consequence(view.Normalised);
                }
            }
        }

        /// <summary>First pass, the young person's message: naming what a contact just sent as sexual marks that photo or link.</summary>
        private void NamesMaterial(View view, IEnumerable<Person> contacts)
        {
            var named = view.Has("role:sexual-material");
            var objected = !named && view.Has("role:objection");
            if (!named && !objected)
            {
                return;
            }

            foreach (var person in contacts)
            {
                if (person.LastMaterial >= 0 && view.Message.Index - person.LastMaterial <= ConversationRules.NamingWindow)
                {
                    (named ? _namedMaterialAt : _objectedMaterialAt).Add(person.LastMaterial);
                }
            }
        }

        private void NamedMaterial(View view)
        {
            if (_namedMaterialAt.Contains(view.Message.Index))
            {
                var cue = view.HasWords ? view.Message.Text : "(" + view.Message.Text + ")";
                Add(Signs.SexualContentSent, view, cue.Length > 80 ? cue[..80] : cue, ConversationRules.NamedMaterial);
            }
        }

        /// <summary>A spreading verb with an audience, about material held: blackmail from someone who demands or sets a condition.</summary>
        private void ComposedExposure(View view, bool blackmail, bool aimed)
        {
            if (!_exposureAt.Contains(view.Message.Index) || view.Find("role:spread") is not { } spread)
            {
                return;
            }

            if (blackmail)
            {
                Add(Signs.ThreatBlackmail, view, spread, ConversationRules.Blackmail);
            }
            else if (aimed)
            {
                Add(Signs.BullyingThreat, view, spread, ConversationRules.ExposureThreat);
            }
        }

        /// <summary>Coming over or waiting at a place or a time, from someone who already checked, flattered, hid or gave.</summary>
        private void Visit(View view, string author)
        {
            if (!_authorSigns.TryGetValue(author, out var codes) || !GroomingSigns.Any(codes.Contains))
            {
                return;
            }

            var place = view.Has("role:place");
            var come = view.Find("role:come-you") is { } you && place ? you : view.Find("role:come-me") is { } me && (place || view.Has("role:when")) ? me : null;
            if (come is not null)
            {
                Add(Signs.MeetingRequest, view, come, ConversationRules.Visit);
            }
        }

        /// <summary>A thing offered: a phone, game currency, recharge, a dress, with "for you", "want?", "free", "তোমার জন্য".</summary>
        private void GiftOffer(View view)
        {
            if (view.Find("role:gift") is { } gift && view.Has("role:offer"))
            {
                Add(Signs.GiftsMoney, view, gift, ConversationRules.GiftOffer);
            }
        }

        /// <summary>After a no, a condition ("না দিলে", "na dile") or an order to hand something over is pressure.</summary>
        private bool ConditionAfterNo(View view)
        {
            if ((ConversationRules.Conditional(view.Normalised) ?? view.Find("role:give-order")) is { } cue)
            {
                Add(Signs.PressureCoercion, view, cue, ConversationRules.ConditionAfterNo);
                return true;
            }

            return false;
        }
    }
}
