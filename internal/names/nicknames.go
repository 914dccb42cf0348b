package names

// clubNicknames are the nicknames of football and rugby clubs, each with
// the clubs it may stand for and, for each club, the names an article
// calls it by (the first is the club's name). Written for this project
// from general knowledge. A nickname is ambiguous ("Blues" is Chelsea,
// Birmingham City and the Cardiff Blues; "Reds" Liverpool and Nottingham
// Forest), so it stands for a club only in an article that names that club
// and no other of its clubs ([Nickname]).
var clubNicknames = map[string][][]string{
	"blues":      {{"Chelsea"}, {"Birmingham City", "Birmingham"}, {"Cardiff Blues", "Cardiff"}, {"Everton"}},
	"gunners":    {{"Arsenal"}},
	"reds":       {{"Liverpool"}, {"Nottingham Forest", "Forest"}, {"Manchester United", "Man Utd", "Man United"}},
	"red devils": {{"Manchester United", "Man Utd", "Man United"}},
	"spurs":      {{"Tottenham Hotspur", "Tottenham"}},
	"toffees":    {{"Everton"}},
	"magpies":    {{"Newcastle United", "Newcastle"}},
	"toon":       {{"Newcastle United", "Newcastle"}},
	"hammers":    {{"West Ham United", "West Ham"}},
	"saints":     {{"Southampton"}},
	"villans":    {{"Aston Villa", "Villa"}},
	"baggies":    {{"West Bromwich Albion", "West Brom"}},
	"foxes":      {{"Leicester City", "Leicester"}},
	"canaries":   {{"Norwich City", "Norwich"}},
	"owls":       {{"Sheffield Wednesday"}},
	"blades":     {{"Sheffield United"}},
	"addicks":    {{"Charlton Athletic", "Charlton"}},
	"trotters":   {{"Bolton Wanderers", "Bolton"}},
	"black cats": {{"Sunderland"}},
	"cottagers":  {{"Fulham"}},
	"pompey":     {{"Portsmouth"}},
	"boro":       {{"Middlesbrough"}},
	"eagles":     {{"Crystal Palace", "Palace"}},
	"citizens":   {{"Manchester City", "Man City"}},
	"gers":       {{"Rangers"}},
	"bhoys":      {{"Celtic"}},
	"hoops":      {{"Celtic"}, {"Queens Park Rangers", "QPR"}},
	"dons":       {{"Aberdeen"}, {"Wimbledon"}},
	"pars":       {{"Dunfermline Athletic", "Dunfermline"}},
	"jambos":     {{"Heart of Midlothian", "Hearts"}},
	"hibees":     {{"Hibernian", "Hibs"}},
	"tigers":     {{"Leicester Tigers", "Leicester"}, {"Hull City", "Hull"}},
	"quins":      {{"Harlequins"}},
	"sarries":    {{"Saracens"}},
	"ospreys":    {{"Neath-Swansea Ospreys"}},
	"scarlets":   {{"Llanelli Scarlets", "Llanelli"}},
}

// Nickname returns the name of the club a nickname stands for in an
// article, given whether the article names a name (by its [Key]): the one
// club of the nickname's that the article names, or "" when it names none
// or several ("Blues" in a story of Chelsea is Chelsea; in one of Chelsea
// and Birmingham City it is left alone, and "Rhythm And Blues" is no
// nickname).
func Nickname(name string, named func(key string) bool) string {
	var kb [64]byte
	clubs := clubNicknames[string(AppendKey(kb[:0], name))]
	found := ""
	for _, club := range clubs {
		for _, n := range club {
			if named(Key(n)) {
				if found != "" {
					return ""
				}
				found = club[0]
				break
			}
		}
	}
	return found
}

// IsNickname reports whether a name is a club's nickname of
// [clubNicknames]: only its article's own clubs may say which club it is
// ([Nickname]), never another article's.
func IsNickname(name string) bool {
	var kb [64]byte
	_, ok := clubNicknames[string(AppendKey(kb[:0], name))]
	return ok
}
