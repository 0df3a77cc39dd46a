import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'isp-web-ui',
  imports: [],
  templateUrl: './web-ui.html',
  styleUrl: './web-ui.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WebUi {}
