import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'isp-web-core',
  imports: [],
  templateUrl: './web-core.html',
  styleUrl: './web-core.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WebCore {}
