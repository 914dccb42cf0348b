package extract

import "testing"

func TestElevatorTown(t *testing.T) {
	checkMarked(t, []markedCase{
		{
			name: "towns of elevators in a table of grain ships",
			marked: "GRAIN SHIPS WAITING\n\nShips were waiting at Velle elevators.\n" +
				"    ELEVATOR                LOADING  WAITING\n" +
				" [[QUARBIN GRAIN|ORG]], [[TERVANE POINT|ORG]]    1      3\n" +
				" [[Halvex Co|ORG]], [[Lemmo Grove|PERSON]]      0      2\n" +
				" [[DORN ELEVATOR CORP|ORG]]            1      0\n",
			want: []string{`location:lemmo-grove LOCATION "Lemmo Grove"`, `location:tervane-point LOCATION "Tervane Point"`,
				`org:dorn-elevator ORG "Dorn Elevator Corp"`, `org:halvex ORG "Halvex Co"`, `org:quarbin-grain ORG "Quarbin Grain"`},
		},
		{
			name: "a heading glued to the line below it; no table",
			marked: "GRAIN SHIPS\n\nShips were waiting.\n" +
				"    [[ELEVATOR LOADING WAITING DORN POINT|PERSON]] 1 3\n" +
				"Sales rose at [[Quarbin Grain|ORG]], [[Tervane Point|ORG]] 1 3\n",
			want: []string{`org:quarbin-grain ORG "Quarbin Grain"`, `org:tervane-point ORG "Tervane Point"`},
		},
	})
}
