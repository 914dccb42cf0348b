package pos

import "strings"

// irregularVerbs lists English irregular verbs as "base past participle",
// with variants joined by "/". Written for nergraph.
const irregularVerbs = `
arise arose arisen
awake awoke awoken
be was/were been
bear bore borne/born
beat beat beaten
become became become
begin began begun
bend bent bent
bet bet bet
bid bid bid
bind bound bound
bite bit bitten
bleed bled bled
blow blew blown
break broke broken
breed bred bred
bring brought brought
broadcast broadcast broadcast
build built built
burn burnt/burned burnt/burned
burst burst burst
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
cling clung clung
come came come
cost cost cost
creep crept crept
cut cut cut
deal dealt dealt
dig dug dug
do did done
draw drew drawn
dream dreamt/dreamed dreamt/dreamed
drink drank drunk
drive drove driven
dwell dwelt dwelt
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fling flung flung
fly flew flown
forbid forbade forbidden
forecast forecast forecast
foresee foresaw foreseen
foretell foretold foretold
forget forgot forgotten
forgive forgave forgiven
forsake forsook forsaken
freeze froze frozen
get got got/gotten
give gave given
go went gone
grind ground ground
grow grew grown
hang hung hung
have had had
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
kneel knelt knelt
know knew known
lay laid laid
lead led led
lean leant/leaned leant/leaned
leap leapt/leaped leapt/leaped
learn learnt/learned learnt/learned
leave left left
lend lent lent
let let let
lie lay lain
light lit lit
lose lost lost
make made made
mean meant meant
meet met met
mislead misled misled
mistake mistook mistaken
outbid outbid outbid
outdo outdid outdone
outgrow outgrew outgrown
outrun outran outrun
overcome overcame overcome
overdo overdid overdone
overhear overheard overheard
override overrode overridden
overrun overran overrun
oversee oversaw overseen
overtake overtook overtaken
overthrow overthrew overthrown
pay paid paid
prove proved proven/proved
put put put
quit quit quit
read read read
rebuild rebuilt rebuilt
redo redid redone
repay repaid repaid
reset reset reset
retake retook retaken
rethink rethought rethought
rewrite rewrote rewritten
rid rid rid
ride rode ridden
ring rang rung
rise rose risen
run ran run
saw sawed sawn
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
sew sewed sewn
shake shook shaken
shed shed shed
shine shone shone
shoot shot shot
show showed shown
shrink shrank shrunk
shut shut shut
sing sang sung
sink sank sunk
sit sat sat
slay slew slain
sleep slept slept
slide slid slid
sling slung slung
slit slit slit
speak spoke spoken
speed sped sped
spell spelt/spelled spelt/spelled
spend spent spent
spill spilt/spilled spilt/spilled
spin spun spun
spit spat spat
split split split
spoil spoilt/spoiled spoilt/spoiled
spread spread spread
spring sprang sprung
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
stink stank stunk
stride strode stridden
strike struck struck/stricken
string strung strung
strive strove striven
swear swore sworn
sweep swept swept
swell swelled swollen
swim swam swum
swing swung swung
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
thrust thrust thrust
tread trod trodden
undercut undercut undercut
undergo underwent undergone
underlie underlay underlain
understand understood understood
undertake undertook undertaken
underwrite underwrote underwritten
undo undid undone
upset upset upset
uphold upheld upheld
wake woke woken
wear wore worn
weave wove woven
wed wed wed
weep wept wept
win won won
wind wound wound
withdraw withdrew withdrawn
withhold withheld withheld
withstand withstood withstood
wring wrung wrung
write wrote written
`

// Forms that the table above does not give: present forms, contractions
// as the tokenizer splits them ("ca n't", "'s"), and verbs whose -ed, -ing
// or -s forms the spelling rules get wrong.
var extraForms = map[string]string{
	"am": "be", "is": "be", "are": "be", "being": "be", "'m": "be", "'re": "be", "'s": "be",
	"has": "have", "having": "have", "'ve": "have", "'d": "would",
	"does": "do", "doing": "do", "goes": "go", "going": "go",
	"ca": "can", "wo": "will", "'ll": "will", "sha": "shall",
	"dying": "die", "lying": "lie", "tying": "tie", "died": "die", "dies": "die", "lies": "lie", "ties": "tie",
	"lied": "lie", "tied": "tie", "eyed": "eye", "dyed": "dye",
	"focused": "focus", "focusing": "focus", "focuses": "focus", "biased": "bias",
	"travelled": "travel", "travelling": "travel", "cancelled": "cancel", "cancelling": "cancel",
	"labelled": "label", "modelled": "model", "signalled": "signal", "fuelled": "fuel", "levelled": "level",
	"controlled": "control", "controlling": "control", "compelled": "compel", "expelled": "expel",
	"propelled": "propel", "repelled": "repel", "patrolled": "patrol", "enrolled": "enrol",
	"quarrelled": "quarrel", "channelled": "channel", "counselled": "counsel", "totalled": "total",
	"paid": "pay", "laid": "lay", "said": "say", "saw": "see", "lay": "lie",
}

// presentForms are the base-tagged forms that are not base forms.
var presentForms = map[string]string{
	"am": "be", "are": "be", "'m": "be", "'re": "be", "is": "be", "'s": "be", "'ve": "have",
	"ca": "can", "wo": "will", "'ll": "will", "'d": "would", "sha": "shall",
}

// irregular maps inflected forms to their base form.
var irregular = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(irregularVerbs, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		for _, col := range f[1:] {
			for _, form := range strings.Split(col, "/") {
				if form != f[0] {
					if _, ok := m[form]; !ok {
						m[form] = f[0]
					}
				}
			}
		}
	}
	for k, v := range extraForms {
		m[k] = v
	}
	return m
}()
